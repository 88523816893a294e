/**
 * The initiative space: its home (profile, themes, effects, board and advisors), editing the
 * profile, the board's members, (for admins) the initiative's advisors, and (for its board admins) the
 * full export of its data. Every bean here works
 * on the initiative in the session, never on an id from the request.
 */
package nl.cmostamm.portal.web.initiative;
