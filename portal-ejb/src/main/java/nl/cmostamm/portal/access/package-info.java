/**
 * Who may call a use case: the {@link nl.cmostamm.portal.access.Allow} rule every public service
 * method declares, the kinds of {@link nl.cmostamm.portal.access.Caller}, and the
 * {@link nl.cmostamm.portal.access.Guarded} binding. Only declarations, depending on nothing, so
 * every feature can use them; the guard that enforces them lives in {@code security}, which knows
 * accounts, memberships and assignments.
 */
package nl.cmostamm.portal.access;
