package nl.cmostamm.portal.method.sroi;

/** What a stakeholder put in: money, something in kind at its market value, or volunteer time. */
public enum InputKind {
    MONEY,
    IN_KIND,
    VOLUNTEER_TIME
}
