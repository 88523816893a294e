/** The audit log page: who created, changed, deleted, read or exported what in the initiative. */
package nl.cmostamm.portal.web.audit;
