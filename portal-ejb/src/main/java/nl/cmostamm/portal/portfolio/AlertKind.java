package nl.cmostamm.portal.portfolio;

/**
 * What on the dashboard asks for an advisor's attention. All but {@link #CONSENT_WITHDRAWN} are
 * worked out inside the initiative and stored with its signal; that one depends on who looks (a
 * withdrawal since <em>your</em> last visit) and is decided when the dashboard is read.
 */
public enum AlertKind {
    /** A volunteer went over the help desk's weekly limits in one of the weeks the load view shows. */
    VOLUNTEER_LOAD("/app/logbook/load.xhtml"),
    /** A survey wave closes within a week. */
    WAVE_CLOSING("/app/survey/surveys.xhtml"),
    /** A wave closed in the last month without a single response. */
    WAVE_EMPTY("/app/survey/surveys.xhtml"),
    /** A goal's indicator has had no measurement for three months, or never had one. */
    INDICATOR_STALE("/app/datacollection/record-measurements.xhtml"),
    /** A goal has an indicator with a red light. */
    GOAL_OFF_TRACK("/app/goal/goal-overview.xhtml"),
    /** The Theory of Change has not been reviewed (a version frozen or its steps worked on) for a year. */
    TOC_UNREVIEWED("/app/method/toc.xhtml"),
    /** A board member was invited more than a week ago and has not accepted. */
    INVITATION_OPEN("/app/initiative/members.xhtml"),
    /** A story's consent was withdrawn since the viewer last entered the initiative. */
    CONSENT_WITHDRAWN("/app/story/stories.xhtml");

    private final String page;

    AlertKind(String page) {
        this.page = page;
    }

    /** Where in the initiative the alert is dealt with; entering by the alert's link lands there. */
    public String page() {
        return page;
    }
}
