package nl.cmostamm.portal.logbook;

/** Where a request that the help desk cannot answer itself is sent. */
public enum Referral {
    WMO_DESK,
    MINING_DAMAGE,
    OTHER
}
