package nl.cmostamm.portal.workshop;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of an exercise's history: which version, when it was written and by whom ({@code author}
 * is null for the versions the portal was delivered with, which nobody wrote in it).
 */
public record ExerciseVersionEntry(long versionId, int number, Instant createdAt, String author)
        implements Serializable {}
