package nl.cmostamm.portal.method.sroi.calculation;

import static nl.cmostamm.portal.method.sroi.calculation.Arithmetic.ratio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;

/**
 * How far the ratio moves when one assumption moves and the others stay: each outcome's proxy ± a
 * percentage, its deadweight and attribution ± points (kept within 0–1), its duration ± years (at
 * least 1), the discount rate over a range, and the other first-year convention. The swings, widest
 * first, are a tornado chart; the lowest low and highest high are the range shown wherever the ratio
 * is.
 *
 * <p>Fast because the present value is a sum over outcomes: moving one outcome's assumption only
 * changes that outcome's term, so the moved total is PV − pv_i + pv_i', and pv_i' is the outcome's
 * (re-computed) impact × its annuity (see {@link Arithmetic}), whose prefixes also give every shorter
 * or longer duration. Only the discount-rate and first-year swings discount everything again, from the
 * values per calendar year. Products and sums are exact, so each swing is the very ratio {@link
 * SroiEngine} gives for the changed map; the trade-off is that this class knows the engine's steps
 * instead of just calling it, hence {@link Arithmetic}. 200 outcomes of 10 years take about a
 * millisecond (see {@code SroiEngineBenchmark}).
 */
public final class Sensitivity {

    private Sensitivity() {}

    /**
     * How much each assumption is moved; {@link #STANDARD} unless the user chose otherwise. Every move
     * is a size, so none is negative; the two discount rates are fractions 0–1, in either order.
     */
    public record Variation(
            BigDecimal proxyFraction,
            BigDecimal deadweightPoints,
            BigDecimal attributionPoints,
            int durationYears,
            BigDecimal lowestDiscountRate,
            BigDecimal highestDiscountRate) {

        /** @throws IllegalArgumentException when a move is missing or negative, or a rate is not 0–1 */
        public Variation {
            for (BigDecimal size : new BigDecimal[] {proxyFraction, deadweightPoints, attributionPoints}) {
                if (size == null || size.signum() < 0) {
                    throw new IllegalArgumentException("A variation moves by a size of 0 or more, not " + size);
                }
            }
            if (durationYears < 0) {
                throw new IllegalArgumentException("A variation moves the duration by 0 years or more");
            }
            for (BigDecimal rate : new BigDecimal[] {lowestDiscountRate, highestDiscountRate}) {
                if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException("A discount rate is a fraction 0–1, not " + rate);
                }
            }
        }
    }

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

    /**
     * Swings widest first; equally wide ones in the order of {@link Assumption}, then by outcome.
     * There are four swings per outcome (also when one does not move, e.g. a proxy of 0), then the
     * discount rate and the first-year convention. The width is that of the rounded ratios.
     *
     * @throws IllegalArgumentException when {@link Calculation#problems()} is not empty
     */
    public static Analysis of(Calculation calculation, Variation variation) {
        Objects.requireNonNull(variation, "variation");
        Valuation valuation = new Valuation(calculation, variation.durationYears());
        List<Outcome> outcomes = valuation.outcomes;
        BigDecimal totalInputs = valuation.totalInputs;
        BigDecimal presentValue = valuation.presentValue;
        BigDecimal baseRatio = ratio(presentValue, totalInputs);

        List<Move> moves = moves(variation);
        List<Swing> swings = new ArrayList<>(moves.size() * outcomes.size() + 2);
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            BigDecimal others = presentValue.subtract(valuation.presentValues[i]);
            BigDecimal[] annuities = valuation.annuities[i];
            for (Move move : moves) {
                swings.add(swing(
                        move.assumption(),
                        i,
                        ratio(others.add(presentValue(move.down().moved(outcome), annuities)), totalInputs),
                        ratio(others.add(presentValue(move.up().moved(outcome), annuities)), totalInputs)));
            }
        }

        // These move the discounting of every outcome, so they take the total from the yearly values
        // (the same sum, grouped by year): a few multiplications per year instead of per outcome-year.
        BigDecimal[] yearValues = valuation.yearValues();
        boolean discountFirstYear = calculation.discountFirstYear();
        swings.add(swing(
                Assumption.DISCOUNT_RATE,
                null,
                discountedRatio(yearValues, variation.lowestDiscountRate(), discountFirstYear, totalInputs),
                discountedRatio(yearValues, variation.highestDiscountRate(), discountFirstYear, totalInputs)));
        swings.add(swing(
                Assumption.FIRST_YEAR,
                null,
                baseRatio,
                discountedRatio(yearValues, calculation.discountRate(), !discountFirstYear, totalInputs)));

        swings.sort(WIDEST_FIRST);
        BigDecimal lowest = baseRatio;
        BigDecimal highest = baseRatio;
        for (Swing swing : swings) {
            lowest = lowest.min(swing.lowRatio());
            highest = highest.max(swing.highRatio());
        }
        return new Analysis(baseRatio, lowest, highest, List.copyOf(swings));
    }

    private static final Comparator<Swing> WIDEST_FIRST = Comparator.comparing(
                    (Swing swing) -> swing.highRatio().subtract(swing.lowRatio()))
            .reversed()
            .thenComparing(Swing::assumption)
            .thenComparing(Swing::outcome, Comparator.nullsLast(Comparator.naturalOrder()));

    /** One assumption of an outcome moved down and up: two scenarios that each move only that one. */
    private record Move(Assumption assumption, Scenario down, Scenario up) {}

    private static List<Move> moves(Variation variation) {
        List<Move> moves = new ArrayList<>();
        for (Assumption assumption :
                List.of(Assumption.PROXY, Assumption.DEADWEIGHT, Assumption.ATTRIBUTION, Assumption.DURATION)) {
            moves.add(new Move(assumption, only(assumption, -1, variation), only(assumption, 1, variation)));
        }
        return moves;
    }

    /** The scenario that moves one assumption of each outcome by the variation, down (−1) or up (1). */
    private static Scenario only(Assumption assumption, int direction, Variation variation) {
        BigDecimal none = BigDecimal.ZERO;
        BigDecimal sign = BigDecimal.valueOf(direction);
        return switch (assumption) {
            case PROXY -> new Scenario(variation.proxyFraction().multiply(sign), none, none, 0, null, null);
            case DEADWEIGHT -> new Scenario(none, variation.deadweightPoints().multiply(sign), none, 0, null, null);
            case ATTRIBUTION ->
                new Scenario(none, none, variation.attributionPoints().multiply(sign), 0, null, null);
            case DURATION -> new Scenario(none, none, none, direction * variation.durationYears(), null, null);
            default -> throw new IllegalArgumentException(assumption + " is not an assumption of one outcome");
        };
    }

    /** Low and high are the smaller and larger result, whichever way the assumption moved. */
    private static Swing swing(Assumption assumption, Integer outcome, BigDecimal one, BigDecimal other) {
        return new Swing(assumption, outcome, one.min(other), one.max(other));
    }

    /** A moved outcome's present value, from the annuities of the unmoved one (same drop-off and start). */
    private static BigDecimal presentValue(Outcome moved, BigDecimal[] annuities) {
        return Arithmetic.presentValue(Arithmetic.impact(moved), annuities[moved.duration()]);
    }

    /** The ratio at another discount rate or first-year convention. */
    private static BigDecimal discountedRatio(
            BigDecimal[] yearValues, BigDecimal rate, boolean discountFirstYear, BigDecimal totalInputs) {
        BigDecimal[] factors = Arithmetic.discountFactors(rate, discountFirstYear, yearValues.length - 1);
        return Arithmetic.ratio(Arithmetic.presentValue(yearValues, factors), totalInputs);
    }
}
