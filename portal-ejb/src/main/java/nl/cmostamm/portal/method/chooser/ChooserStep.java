package nl.cmostamm.portal.method.chooser;

/** The questions of the chooser, one step each, in the order they are asked. */
public enum ChooserStep {
    PURPOSE,
    EUROS,
    DATA,
    CAPACITY,
    PHASE
}
