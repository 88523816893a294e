/**
 * The initiative space: its home (profile, themes, effects, board and advisors), editing the
 * profile, the board's members and (for admins) the initiative's advisors. Every bean here works
 * on the initiative in the session, never on an id from the request.
 */
package nl.cmostamm.portal.web.initiative;
