/**
 * The pages of Most Significant Change: the domains and rounds, a round with its stories, results
 * and feedback to tellers, a panel's meeting where it chooses per domain and says why, and the
 * printable feedback letter.
 */
package nl.cmostamm.portal.web.method.narrative;
