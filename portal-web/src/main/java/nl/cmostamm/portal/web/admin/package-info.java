/** The knowledge centre's administration: its advisors. Only for accounts in the ADMIN role. */
package nl.cmostamm.portal.web.admin;
