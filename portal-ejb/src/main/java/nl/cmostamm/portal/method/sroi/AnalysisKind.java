package nl.cmostamm.portal.method.sroi;

/**
 * A forecast ("prognose") estimates the value an initiative will create; an evaluative analysis
 * ("evaluatie") counts what it did create, and may start from the forecast it checks.
 */
public enum AnalysisKind {
    FORECAST,
    EVALUATIVE
}
