/**
 * The audit log: per initiative, who created, changed, deleted, read or exported what, and when.
 * Services write an entry in the same transaction as the change, so a change without its entry
 * cannot exist. The application role may only append to and read the log of its tenant.
 */
package nl.cmostamm.portal.audit;
