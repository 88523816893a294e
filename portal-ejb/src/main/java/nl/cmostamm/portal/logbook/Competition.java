package nl.cmostamm.portal.logbook;

/**
 * The answer to "could this compete with a local business?": volunteers do not take paid work
 * away from the village's own plumber or gardener.
 */
public enum Competition {
    NOT_CHECKED,
    NO,
    POSSIBLY
}
