/**
 * The knowledge centre's administration: its advisors, maintenance and retention, an initiative
 * that leaves (its full export and its purge), and a person's requests about their data (inzage,
 * export, wissen) across all initiatives. Only for accounts in the ADMIN role.
 */
package nl.cmostamm.portal.web.admin;
