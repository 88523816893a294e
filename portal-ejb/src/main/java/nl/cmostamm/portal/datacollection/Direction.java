package nl.cmostamm.portal.datacollection;

/** Whether a higher or a lower value is the better one (more participants; fewer lonely people). */
public enum Direction {
    HIGHER,
    LOWER
}
