package nl.cmostamm.portal.logbook;

/**
 * The logbook announces that a help request was saved or removed. Fired synchronously inside the
 * transaction of the change, so figures counted from the logbook (the computed indicators) are
 * updated in that transaction and in its tenant; the logbook need not know who listens.
 */
public record HelpRequestsChanged() {}
