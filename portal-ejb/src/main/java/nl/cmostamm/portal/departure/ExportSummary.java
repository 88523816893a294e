package nl.cmostamm.portal.departure;

import java.io.Serializable;

/** What a finished export holds: kinds of record, rows and files (photos, a logo). */
public record ExportSummary(long initiativeId, int kinds, long rows, int files) implements Serializable {}
