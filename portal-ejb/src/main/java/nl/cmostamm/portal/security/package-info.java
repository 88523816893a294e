/**
 * Accounts and admission. An account is a person with a login (the e-mail address). The knowledge
 * centre's admins manage advisors; advisors are assigned to the initiatives of their portfolio;
 * board members belong to one or more initiatives as board admin or board member. One-time tokens
 * serve invitations and password resets; passwords are PBKDF2-HMAC-SHA256 hashes. Repeated failed
 * logins pause an account for unknown browsers only: a browser that logged in to it before is a
 * {@link nl.cmostamm.portal.security.TrustedDevice}, so a stranger cannot lock its owner out.
 *
 * <p>The {@link nl.cmostamm.portal.security.Guard} is the one gate of every service call: it binds the
 * tenant and checks the {@code access.Allow} rule the method declares against the account's standing,
 * which {@link nl.cmostamm.portal.security.Standings} looks up once per transaction.
 */
package nl.cmostamm.portal.security;
