package nl.cmostamm.portal.shared;

/**
 * The portal's date patterns, defined once for every page (converters, date pickers), every bean
 * that formats a date, and every export. Dutch and English pages write dates the same way,
 * 31-12-2026: every date a user types is parsed with {@link #DATE} (the date pickers, the CSV
 * import, the browser tests that type Dutch dates), and British readers read day-first too. A second
 * pattern for English would need each of those paths to follow the page's language.
 *
 * <p>The patterns use {@code yyyy}, which PrimeFaces' date picker understands; Java code that also
 * parses with a strict resolver needs {@code uuuu} (see {@link Input#DUTCH_DATE}).
 */
public final class DatePatterns {

    /** A day: 31-12-2026. */
    public static final String DATE = "dd-MM-yyyy";

    /** A moment, to the second: 31-12-2026 23:59:59. */
    public static final String DATE_TIME = DATE + " HH:mm:ss";

    /** A day written out, for headings and summaries: 31 december 2026. */
    public static final String LONG_DATE = "d MMMM yyyy";

    /** A time of day to the minute, as a meeting is planned: {@code 19:30}, and {@code 7:30} as typed. */
    public static final String TIME = "H:mm";

    /** A planned moment: {@code 31-12-2026 19:30}. */
    public static final String DATE_MINUTE = DATE + " HH:mm";

    /** {@link #DATE} in Excel's format codes, where {@code mm} after a day means the month. */
    public static final String EXCEL_DATE = "dd-mm-yyyy";

    private DatePatterns() {}
}
