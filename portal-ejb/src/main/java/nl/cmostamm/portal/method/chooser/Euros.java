package nl.cmostamm.portal.method.chooser;

/** Whether the initiative needs its social value as an amount in euros (only an SROI gives one). */
public enum Euros {
    YES,
    NO,
    UNSURE
}
