package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Input;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;

/**
 * The steps {@link SroiEngine}, {@link Sensitivity}, {@link Scenario} and {@link Valuation} share, so
 * that a swing of the sensitivity analysis is the very number the engine would give for the changed
 * map, not one that merely agrees with it to four decimals.
 *
 * <p>Precision: only three kinds of number are rounded, to {@link MathContext#DECIMAL128} (34
 * significant digits), because they could otherwise grow without end: an impact (a product of what
 * was typed, exact for anything typed with a few decimals), the share left after drop-off
 * (1 − d)^(t − 1), and the discount factor 1/(1 + r)^e. Every other product and every sum is exact,
 * so the order of the arithmetic does not matter: the discounted years add up to exactly the sum of
 * the outcomes' present values, and a total at another discount rate can be taken from the yearly
 * values. Exact products are also faster than rounded ones. The ratio and the payback are divided
 * once, straight to their decimals. Discounting multiplies by the factor worked out once per year
 * instead of dividing every value; the price is that a present value landing on exactly half a cent
 * only through a factor that does not terminate (1/1.0225) may round either way, which no reader can
 * tell from a true tie.
 *
 * <p>The present value of an outcome is its impact × its <em>annuity</em>: what an impact of 1 in its
 * first year is worth now, given its drop-off and duration. Keeping the two apart is what lets the
 * sensitivity analysis move a proxy, a deadweight or a duration of one outcome at the cost of a few
 * multiplications.
 */
final class Arithmetic {

    static final MathContext PRECISION = MathContext.DECIMAL128;

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Arithmetic() {}

    /** @throws IllegalArgumentException naming the problems, when there are any */
    static void requireCalculable(Calculation calculation) {
        List<Problem> problems = calculation.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("This calculation cannot be made: " + problems);
        }
    }

    static List<Outcome> outcomes(Calculation calculation) {
        return calculation.outcomes() == null ? List.of() : calculation.outcomes();
    }

    static BigDecimal totalInputs(Calculation calculation) {
        BigDecimal total = BigDecimal.ZERO;
        for (Input input : calculation.inputs()) {
            total = total.add(input.amount());
        }
        return total;
    }

    /** quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution) */
    static BigDecimal impact(
            BigDecimal quantity,
            BigDecimal proxy,
            BigDecimal deadweight,
            BigDecimal displacement,
            BigDecimal attribution) {
        return quantity.multiply(proxy, PRECISION)
                .multiply(BigDecimal.ONE.subtract(deadweight), PRECISION)
                .multiply(BigDecimal.ONE.subtract(displacement), PRECISION)
                .multiply(BigDecimal.ONE.subtract(attribution), PRECISION);
    }

    static BigDecimal impact(Outcome outcome) {
        return impact(
                outcome.quantity(),
                outcome.proxy(),
                outcome.deadweight(),
                outcome.displacement(),
                outcome.attribution());
    }

    /** The calendar year of an outcome's first value: 1, or 2 when it starts after the activity. */
    static int firstYear(Outcome outcome) {
        return outcome.startsAfterActivity() ? 2 : 1;
    }

    static int lastYear(Outcome outcome) {
        return firstYear(outcome) + outcome.duration() - 1;
    }

    /**
     * {@code factors[y]}: what 1 in calendar year y (1..lastYear) is worth now, 1/(1 + r)^y, or
     * 1/(1 + r)^(y − 1) when year 1 is not discounted. Index 0 is unused.
     */
    static BigDecimal[] discountFactors(BigDecimal rate, boolean discountFirstYear, int lastYear) {
        BigDecimal[] factors = new BigDecimal[lastYear + 1];
        BigDecimal onePlusRate = BigDecimal.ONE.add(rate);
        BigDecimal factor = BigDecimal.ONE;
        for (int year = 1; year <= lastYear; year++) {
            if (discountFirstYear || year > 1) {
                factor = factor.divide(onePlusRate, PRECISION);
            }
            factors[year] = factor;
        }
        return factors;
    }

    /** {@code remaining[t]}: the share of the impact left in an outcome's year t (1..years), (1 − drop-off)^(t − 1). */
    static BigDecimal[] remaining(BigDecimal dropOff, int years) {
        BigDecimal[] remaining = new BigDecimal[years + 1];
        BigDecimal retention = BigDecimal.ONE.subtract(dropOff);
        BigDecimal share = BigDecimal.ONE;
        for (int t = 1; t <= years; t++) {
            remaining[t] = share;
            share = share.multiply(retention, PRECISION);
        }
        return remaining;
    }

    /**
     * {@code annuities[k]}: the present value of an impact of 1 that lasts k years (0..years) from
     * calendar year {@code firstYear}, Σ_{t=1..k} remaining[t] × factors[firstYear + t − 1]. All
     * lengths at once, because a shorter duration is a prefix of the sum.
     */
    static BigDecimal[] annuities(BigDecimal[] remaining, int firstYear, int years, BigDecimal[] factors) {
        BigDecimal[] annuities = new BigDecimal[years + 1];
        BigDecimal sum = BigDecimal.ZERO;
        annuities[0] = sum;
        for (int t = 1; t <= years; t++) {
            sum = sum.add(remaining[t].multiply(factors[firstYear + t - 1]));
            annuities[t] = sum;
        }
        return annuities;
    }

    static BigDecimal presentValue(BigDecimal impact, BigDecimal annuity) {
        return impact.multiply(annuity);
    }

    /** Σ values[y] × factors[y]: the present value of yearly values. */
    static BigDecimal presentValue(BigDecimal[] yearValues, BigDecimal[] factors) {
        BigDecimal presentValue = BigDecimal.ZERO;
        for (int year = 1; year < yearValues.length; year++) {
            presentValue = presentValue.add(yearValues[year].multiply(factors[year]));
        }
        return presentValue;
    }

    /** Present value ÷ inputs, rounded once from the exact quotient (no rounding to 34 digits first). */
    static BigDecimal ratio(BigDecimal presentValue, BigDecimal totalInputs) {
        return presentValue.divide(totalInputs, 4, RoundingMode.HALF_UP);
    }

    /** inputs ÷ (first-year impact ÷ 12), as inputs × 12 ÷ first-year impact; null when that impact is 0. */
    static BigDecimal paybackMonths(BigDecimal totalInputs, BigDecimal firstYearImpact) {
        if (firstYearImpact.signum() == 0) {
            return null;
        }
        return totalInputs.multiply(TWELVE).divide(firstYearImpact, 2, RoundingMode.HALF_UP);
    }

    /** Half-up to cents; for a negative amount that is away from zero (−0.005 becomes −0.01). */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The proxy × (1 + change), at least 0. */
    static BigDecimal changedProxy(BigDecimal proxy, BigDecimal change) {
        return proxy.multiply(BigDecimal.ONE.add(change), PRECISION).max(BigDecimal.ZERO);
    }

    /** The rate + points, kept within 0–1. */
    static BigDecimal movedFraction(BigDecimal rate, BigDecimal points) {
        return rate.add(points).max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** The duration + years, kept within 1–{@value Calculation#MAX_DURATION}. */
    static int movedDuration(int duration, int years) {
        return (int) Math.max(1, Math.min(Calculation.MAX_DURATION, (long) duration + years));
    }
}
