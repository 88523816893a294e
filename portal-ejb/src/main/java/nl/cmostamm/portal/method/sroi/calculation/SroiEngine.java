package nl.cmostamm.portal.method.sroi.calculation;

/**
 * The SROI arithmetic (see the package documentation and {@code shared/domain.md}): per outcome
 * impact = quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution); value in year
 * t = impact × (1 − drop-off)^(t−1); PV = Σ value_t / (1 + r)^t (or ^(t−1) when year 1 is not
 * discounted); NPV = PV − inputs; ratio = PV / inputs; payback months = inputs ÷ (first-year impact ÷ 12).
 */
public final class SroiEngine {

    private SroiEngine() {}

    /** @throws IllegalArgumentException when {@link Calculation#problems()} is not empty */
    public static Result calculate(Calculation calculation) {
        throw new UnsupportedOperationException("to be written");
    }
}
