/**
 * The pages of the knowledge centre's financial proxy library: the list every signed-in person
 * reads (searched, filtered by outcome type, old prices marked) and the editor that only advisors
 * and admins open. Both use the portal template, not an initiative's: the library belongs to no
 * initiative.
 */
package nl.cmostamm.portal.web.method.sroi.proxy;
