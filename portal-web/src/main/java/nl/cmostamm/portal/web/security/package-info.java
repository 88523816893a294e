/**
 * Logging in and out, and what the HTTP session remembers: who is logged in
 * ({@link nl.cmostamm.portal.web.security.ActiveUser}) and which initiative they have entered
 * ({@link nl.cmostamm.portal.web.security.ActiveInitiative}). {@link
 * nl.cmostamm.portal.web.security.TenancyFilter} turns those two into the tenancy scope of each
 * request; nothing else sets it. {@link nl.cmostamm.portal.web.security.PortalSecurity} is the
 * form login mechanism, {@link nl.cmostamm.portal.web.security.TrustedBrowser} carries the
 * trusted-browser cookie and {@link nl.cmostamm.portal.web.security.LoginLimits} counts failures
 * per address.
 */
package nl.cmostamm.portal.web.security;
