/**
 * What the nodes of a cluster share through Payara's Data Grid (its Hazelcast): the per-address
 * limits and the workshop pushes. On a single node (started with {@code --nohazelcast}) each falls
 * back to the node's own memory, which is then the whole portal.
 */
package nl.cmostamm.portal.web.cluster;
