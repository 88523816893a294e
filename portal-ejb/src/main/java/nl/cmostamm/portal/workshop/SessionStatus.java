package nl.cmostamm.portal.workshop;

/** Where a session is: planned (participants may already join and wait), running, or ended. */
public enum SessionStatus {
    SCHEDULED,
    OPEN,
    CLOSED
}
