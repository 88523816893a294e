/**
 * The knowledge centre's administration: its advisors, and an initiative that leaves (its full
 * export and its purge). Only for accounts in the ADMIN role.
 */
package nl.cmostamm.portal.web.admin;
