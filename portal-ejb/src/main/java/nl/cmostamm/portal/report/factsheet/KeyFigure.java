package nl.cmostamm.portal.report.factsheet;

/**
 * The catalogue of key figures a fact sheet can show, each computed by one focused query over the
 * module that owns it. "This year" is the calendar year of the day the sheet is made.
 */
public enum KeyFigure {
    /** Active volunteers in the logbook. */
    VOLUNTEERS(Kind.COUNT),
    /** Hours given this year: help requests' assignments plus activities' volunteer hours. */
    VOLUNTEER_HOURS(Kind.HOURS),
    /** Participants counted at the activities held this year. */
    PARTICIPANTS(Kind.COUNT),
    /** Activity meetings held this year. */
    ACTIVITIES_HELD(Kind.COUNT),
    /** Help requests asked this year and done or referred. */
    HELP_REQUESTS_HANDLED(Kind.COUNT),
    /** Survey responses received this year. */
    SURVEY_RESPONSES(Kind.COUNT),
    /** Stories collected, all time. */
    STORIES(Kind.COUNT),
    /** The ratio of the latest final SROI analysis. */
    SROI_RATIO(Kind.RATIO);

    /** How a figure is written: a whole number, hours with at most one decimal, or "1 : 3,2". */
    public enum Kind {
        COUNT,
        HOURS,
        RATIO
    }

    /** The fewest and most figures a sheet shows: fewer looks empty, more does not fit a row. */
    public static final int MIN = 3;

    public static final int MAX = 6;

    private final Kind kind;

    KeyFigure(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
