package nl.cmostamm.portal.method.sroi;

/**
 * How the quantity of an outcome is known: an indicator of the goals module, a survey question, or
 * an estimate that names its source.
 */
public enum OutcomeEvidence {
    INDICATOR,
    SURVEY_QUESTION,
    ESTIMATE
}
