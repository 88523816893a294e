/** The portfolio page: the initiatives a user may see, and creating a new one. */
package nl.cmostamm.portal.web.portfolio;
