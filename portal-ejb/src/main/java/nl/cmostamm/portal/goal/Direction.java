package nl.cmostamm.portal.goal;

/** Whether a higher or a lower value is the better one (more participants; fewer lonely people). */
public enum Direction {
    HIGHER,
    LOWER
}
