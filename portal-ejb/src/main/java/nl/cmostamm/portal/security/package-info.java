/**
 * Accounts and admission. An account is a person with a login (the e-mail address). The knowledge
 * centre's admins manage advisors; advisors are assigned to the initiatives of their portfolio;
 * board members belong to one or more initiatives as board admin or board member. One-time tokens
 * serve invitations and password resets; passwords are PBKDF2-HMAC-SHA256 hashes.
 */
package nl.cmostamm.portal.security;
