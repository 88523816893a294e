package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;

/**
 * A way of reading an impact map more cautiously or more hopefully: every outcome's proxy changed by a
 * fraction, its deadweight and attribution moved by points, its duration by years, and optionally
 * another discount rate or first-year convention. {@link #apply} gives the changed calculation, which
 * {@link SroiEngine} then values; the service stores named scenarios, such as the three standard ones
 * below, next to the map.
 *
 * <p>Moves are kept within range: a proxy at least 0, a rate within 0–1, a duration within 1–{@value
 * Calculation#MAX_DURATION}. A value that is already missing or out of range is left as it is, so the
 * changed calculation reports the same problem as the map instead of a scenario quietly repairing it.
 * The sensitivity analysis moves one assumption of one outcome the same way ({@link #moved(Outcome)}).
 *
 * @param proxyChange fraction by which every proxy changes: −0.20 is 20 % lower
 * @param deadweightPoints added to every deadweight: 0.10 is ten percentage points more
 * @param attributionPoints added to every attribution
 * @param durationYears added to every duration
 * @param discountRate the discount rate to use instead of the map's; null keeps the map's
 * @param discountFirstYear the first-year convention to use instead of the map's; null keeps the map's
 */
public record Scenario(
        BigDecimal proxyChange,
        BigDecimal deadweightPoints,
        BigDecimal attributionPoints,
        int durationYears,
        BigDecimal discountRate,
        Boolean discountFirstYear) {

    /**
     * Reading the map against itself, as a funder's critical reviewer might: proxies 20 % lower,
     * deadweight and attribution each ten points higher (more would have happened anyway, more is
     * owed to others), one year less of value, and 4 % discounting, the upper end of what the
     * sensitivity analysis tries.
     */
    public static final Scenario CAUTIOUS = new Scenario(
            new BigDecimal("-0.20"), new BigDecimal("0.10"), new BigDecimal("0.10"), -1, new BigDecimal("0.04"), null);

    /** The map as its makers expect it: nothing changed. */
    public static final Scenario EXPECTED =
            new Scenario(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, null, null);

    /**
     * The hopeful mirror of {@link #CAUTIOUS}: proxies 20 % higher, deadweight and attribution ten
     * points lower, one year more, and no discounting.
     */
    public static final Scenario OPTIMISTIC = new Scenario(
            new BigDecimal("0.20"), new BigDecimal("-0.10"), new BigDecimal("-0.10"), 1, BigDecimal.ZERO, null);

    public Scenario {
        Objects.requireNonNull(proxyChange, "proxyChange");
        Objects.requireNonNull(deadweightPoints, "deadweightPoints");
        Objects.requireNonNull(attributionPoints, "attributionPoints");
    }

    /** The calculation with every outcome moved and the discounting chosen; inputs stay as they are. */
    public Calculation apply(Calculation calculation) {
        List<Outcome> outcomes = null;
        if (calculation.outcomes() != null) {
            outcomes = new ArrayList<>(calculation.outcomes().size());
            for (Outcome outcome : calculation.outcomes()) {
                outcomes.add(outcome == null ? null : moved(outcome));
            }
            outcomes = Collections.unmodifiableList(outcomes);
        }
        return new Calculation(
                discountRate != null ? discountRate : calculation.discountRate(),
                discountFirstYear != null ? discountFirstYear : calculation.discountFirstYear(),
                calculation.inputs(),
                outcomes);
    }

    /** One outcome with this scenario's moves; the discounting is the calculation's business. */
    public Outcome moved(Outcome outcome) {
        return new Outcome(
                outcome.description(),
                outcome.stakeholder(),
                outcome.quantity(),
                isAmount(outcome.proxy()) ? Arithmetic.changedProxy(outcome.proxy(), proxyChange) : outcome.proxy(),
                isFraction(outcome.deadweight())
                        ? Arithmetic.movedFraction(outcome.deadweight(), deadweightPoints)
                        : outcome.deadweight(),
                outcome.displacement(),
                isFraction(outcome.attribution())
                        ? Arithmetic.movedFraction(outcome.attribution(), attributionPoints)
                        : outcome.attribution(),
                outcome.dropOff(),
                isDuration(outcome.duration())
                        ? Integer.valueOf(Arithmetic.movedDuration(outcome.duration(), durationYears))
                        : outcome.duration(),
                outcome.startsAfterActivity());
    }

    private static boolean isAmount(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }

    private static boolean isFraction(BigDecimal value) {
        return isAmount(value) && value.compareTo(BigDecimal.ONE) <= 0;
    }

    private static boolean isDuration(Integer value) {
        return value != null && value >= 1 && value <= Calculation.MAX_DURATION;
    }
}
