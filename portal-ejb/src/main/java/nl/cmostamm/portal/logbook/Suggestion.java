package nl.cmostamm.portal.logbook;

import java.io.Serializable;

/** A volunteer the matching helper proposes: whether they like this kind of help, and their load this week. */
public record Suggestion(Volunteer volunteer, boolean affinity, VolunteerLoad.Week week) implements Serializable {}
