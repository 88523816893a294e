/**
 * Workshops: the knowledge centre's exercise library and the live sessions that professionals and
 * boards join with a code. An {@link nl.cmostamm.portal.workshop.Exercise} is a sequence of steps
 * kept in immutable versions (Dutch and English), so a session keeps the exact text it was planned
 * with; advisors and admins write the library, and each save adds a version
 * ({@link nl.cmostamm.portal.workshop.ExerciseLibrary#save}). A
 * {@link nl.cmostamm.portal.workshop.WorkshopSession} is run by an advisor; participants join
 * without an account and reach nothing but their own session. None of this is initiative data: what
 * a session gives an initiative is taken over by the initiative's own services, in its tenancy.
 */
package nl.cmostamm.portal.workshop;
