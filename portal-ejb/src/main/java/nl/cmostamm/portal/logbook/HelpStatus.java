package nl.cmostamm.portal.logbook;

/** Where a help request stands. */
public enum HelpStatus {
    OPEN,
    MATCHED,
    DONE,
    REFERRED
}
