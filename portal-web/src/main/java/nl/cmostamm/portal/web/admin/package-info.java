/**
 * The knowledge centre's administration: its advisors, and a person's requests about their data
 * (inzage, export, wissen) across all initiatives. Only for accounts in the ADMIN role.
 */
package nl.cmostamm.portal.web.admin;
