package nl.cmostamm.portal.goal;

/** The level in the chain of results an indicator measures: what was done, what changed, what it meant. */
public enum IndicatorKind {
    OUTPUT,
    OUTCOME,
    IMPACT
}
