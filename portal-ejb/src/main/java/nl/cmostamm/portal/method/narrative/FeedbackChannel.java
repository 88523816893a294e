package nl.cmostamm.portal.method.narrative;

/** How a teller heard what became of their story. */
public enum FeedbackChannel {
    IN_PERSON,
    LETTER,
    PHONE,
    EMAIL,
    MEETING
}
