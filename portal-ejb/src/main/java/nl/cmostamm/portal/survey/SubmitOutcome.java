package nl.cmostamm.portal.survey;

/** What became of a submit. */
public enum SubmitOutcome {
    /** A new response was stored. */
    STORED,
    /** This submission was stored before (a double click, a refresh): nothing new was stored. */
    DUPLICATE,
    /** The wave is not open today, or its one-time link was used: nothing was stored. */
    CLOSED,
    /** No wave has this link: nothing was stored. */
    UNKNOWN
}
