package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far the ratio moves when one assumption moves and the others stay: each outcome's proxy ± a
 * percentage, its deadweight and attribution ± points (kept within 0–1), its duration ± years (at
 * least 1), the discount rate over a range, and the other first-year convention. The swings, widest
 * first, are a tornado chart; the lowest low and highest high are the range shown wherever the ratio
 * is.
 */
public final class Sensitivity {

    private Sensitivity() {}

    /** How much each assumption is moved; {@link #STANDARD} unless the user chose otherwise. */
    public record Variation(
            BigDecimal proxyFraction,
            BigDecimal deadweightPoints,
            BigDecimal attributionPoints,
            int durationYears,
            BigDecimal lowestDiscountRate,
            BigDecimal highestDiscountRate) {}

    public static final Variation STANDARD = new Variation(
            new BigDecimal("0.20"),
            new BigDecimal("0.10"),
            new BigDecimal("0.10"),
            1,
            BigDecimal.ZERO,
            new BigDecimal("0.04"));

    public enum Assumption {
        PROXY,
        DEADWEIGHT,
        ATTRIBUTION,
        DURATION,
        DISCOUNT_RATE,
        FIRST_YEAR
    }

    /**
     * One bar of the tornado: the assumption, the outcome it concerns (index into the calculation's
     * outcomes; null for the discount rate and the first-year convention), and the ratio (rounded to
     * four decimals) at the low and the high end of the variation.
     */
    public record Swing(Assumption assumption, Integer outcome, BigDecimal lowRatio, BigDecimal highRatio) {}

    /** The base ratio, the range over all swings, and the swings widest first. */
    public record Analysis(BigDecimal ratio, BigDecimal lowestRatio, BigDecimal highestRatio, List<Swing> swings) {}

    /** @throws IllegalArgumentException when {@link Calculation#problems()} is not empty */
    public static Analysis of(Calculation calculation, Variation variation) {
        throw new UnsupportedOperationException("to be written");
    }
}
