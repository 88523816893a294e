package nl.cmostamm.portal.stakeholder;

/** The kind of session held with stakeholders. */
public enum InvolvementMethod {
    KICKOFF,
    SOUNDING_BOARD,
    INTERVIEWS,
    SURVEY,
    WORKSHOP,
    OTHER
}
