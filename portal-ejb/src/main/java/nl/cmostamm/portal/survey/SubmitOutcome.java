package nl.cmostamm.portal.survey;

/** What became of a submit. */
public enum SubmitOutcome {
    /** A new response was stored. */
    STORED,
    /** This submission was stored before (a double click, a refresh): nothing new was stored. */
    DUPLICATE,
    /**
     * This device answered the wave before (a Back to the form and a second send, or a shared
     * tablet) and the respondent has not yet confirmed another response: nothing was stored.
     */
    ANSWERED_BEFORE,
    /** The wave is not open today, or its one-time link was used: nothing was stored. */
    CLOSED,
    /** No wave has this link: nothing was stored. */
    UNKNOWN
}
