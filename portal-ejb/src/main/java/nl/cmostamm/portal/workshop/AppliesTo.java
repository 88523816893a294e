package nl.cmostamm.portal.workshop;

/** Where a step's picked answers can go in the initiative a session works for. */
public enum AppliesTo {
    /** Elements of the initiative's Theory of Change. */
    TOC,
    /** The initiative's goals. */
    GOAL,
    /** The initiative's stakeholder register. */
    STAKEHOLDER
}
