/** The user's own account: name, language and password. */
package nl.cmostamm.portal.web.account;
