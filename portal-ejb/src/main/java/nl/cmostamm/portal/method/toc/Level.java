package nl.cmostamm.portal.method.toc;

/**
 * The seven links of the chain, in their order. Outputs, outcomes and impact are what an initiative
 * can measure: they carry indicators (steps 8 to 10 of the step plan).
 */
public enum Level {
    PROBLEM,
    GOAL,
    INPUT,
    ACTIVITY,
    OUTPUT,
    OUTCOME,
    IMPACT;

    /** Whether elements of this level are measured with indicators. */
    public boolean measurable() {
        return this == OUTPUT || this == OUTCOME || this == IMPACT;
    }
}
