package nl.cmostamm.portal.method.effect;

/**
 * The size of a standardised difference in words, by Cohen's conventional thresholds (Cohen,
 * <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed., 1988): 0.2 small, 0.5
 * medium, 0.8 large. They are conventions for when nothing better is known, not laws; the direction
 * does not count, only the absolute size. Each constant names the sentence the pages show for it.
 */
public enum Magnitude {

    /** |g| &lt; 0.2: "The difference is negligible in size." */
    NEGLIGIBLE,

    /** 0.2 ≤ |g| &lt; 0.5: "The difference is small." */
    SMALL,

    /** 0.5 ≤ |g| &lt; 0.8: "The difference is medium-sized." */
    MEDIUM,

    /** |g| ≥ 0.8: "The difference is large." */
    LARGE;

    /**
     * The magnitude of a standardised difference such as Hedges' g.
     *
     * @throws IllegalArgumentException when {@code g} is NaN
     */
    public static Magnitude of(double g) {
        if (Double.isNaN(g)) {
            throw new IllegalArgumentException("no size without a difference");
        }
        double size = Math.abs(g);
        if (size < 0.2) {
            return NEGLIGIBLE;
        }
        if (size < 0.5) {
            return SMALL;
        }
        return size < 0.8 ? MEDIUM : LARGE;
    }
}
