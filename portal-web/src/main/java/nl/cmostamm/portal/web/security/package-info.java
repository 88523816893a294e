/**
 * Logging in and out, and what the HTTP session remembers: who is logged in
 * ({@link nl.cmostamm.portal.web.security.ActiveUser}) and which initiative they have entered
 * ({@link nl.cmostamm.portal.web.security.ActiveInitiative}). {@link
 * nl.cmostamm.portal.web.security.TenancyFilter} turns those two into the tenancy scope of each
 * request; nothing else sets it.
 */
package nl.cmostamm.portal.web.security;
