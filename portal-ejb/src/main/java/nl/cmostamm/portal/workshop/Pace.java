package nl.cmostamm.portal.workshop;

/** Who moves through the steps. */
public enum Pace {
    /** The presenter moves everyone to the next step; participants see the current one. */
    PRESENTER,
    /** Every step of the session is open; each participant goes at their own pace. */
    SELF
}
