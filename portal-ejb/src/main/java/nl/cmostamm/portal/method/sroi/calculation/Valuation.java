package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;

/**
 * A calculation's outcomes valued once at full precision: per outcome its impact, the share left in
 * each of its years, its annuities and its present value, and their total. {@link SroiEngine} rounds
 * these into a {@link Result}; {@link Sensitivity} moves one outcome at a time against them. Arrays,
 * not lists, because the sensitivity analysis reads them some ten thousand times per map; the price
 * is that nothing stops a caller from writing into them, so this class stays package-private.
 */
final class Valuation {

    final List<Outcome> outcomes;
    final BigDecimal totalInputs;
    /** Discount factors per calendar year, up to the last year any outcome may reach. */
    final BigDecimal[] factors;

    final BigDecimal[] impacts;
    /** Per outcome, {@link Arithmetic#remaining}, for its duration plus the extra years asked for. */
    final BigDecimal[][] remaining;
    /** Per outcome, {@link Arithmetic#annuities}, for its duration plus the extra years asked for. */
    final BigDecimal[][] annuities;

    final BigDecimal[] presentValues;
    final BigDecimal presentValue;

    /**
     * @param extraYears how many years longer than its duration each outcome may be asked to last
     *     (within {@value Calculation#MAX_DURATION}); 0 for the map as it is
     * @throws IllegalArgumentException when {@link Calculation#problems()} is not empty
     */
    Valuation(Calculation calculation, int extraYears) {
        Arithmetic.requireCalculable(calculation);
        outcomes = Arithmetic.outcomes(calculation);
        totalInputs = Arithmetic.totalInputs(calculation);
        int count = outcomes.size();
        int[] longest = new int[count];
        int lastYear = 0;
        for (int i = 0; i < count; i++) {
            Outcome outcome = outcomes.get(i);
            longest[i] = Arithmetic.movedDuration(outcome.duration(), extraYears);
            lastYear = Math.max(lastYear, Arithmetic.firstYear(outcome) + longest[i] - 1);
        }
        factors = Arithmetic.discountFactors(calculation.discountRate(), calculation.discountFirstYear(), lastYear);
        impacts = new BigDecimal[count];
        remaining = new BigDecimal[count][];
        annuities = new BigDecimal[count][];
        presentValues = new BigDecimal[count];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            Outcome outcome = outcomes.get(i);
            impacts[i] = Arithmetic.impact(outcome);
            remaining[i] = Arithmetic.remaining(outcome.dropOff(), longest[i]);
            annuities[i] = Arithmetic.annuities(remaining[i], Arithmetic.firstYear(outcome), longest[i], factors);
            presentValues[i] = Arithmetic.presentValue(impacts[i], annuities[i][outcome.duration()]);
            total = total.add(presentValues[i]);
        }
        presentValue = total;
    }

    /** The last calendar year in which an outcome, as it is, yields; 0 without outcomes. */
    int lastYear() {
        return outcomes.stream().mapToInt(Arithmetic::lastYear).max().orElse(0);
    }

    /**
     * {@code values[y]}: what all outcomes, as they are, yield in calendar year y (1..{@link
     * #lastYear()}), undiscounted. Index 0 is unused.
     */
    BigDecimal[] yearValues() {
        int lastYear = lastYear();
        BigDecimal[] values = new BigDecimal[lastYear + 1];
        Arrays.fill(values, BigDecimal.ZERO);
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            int firstYear = Arithmetic.firstYear(outcome);
            for (int t = 1; t <= outcome.duration(); t++) {
                int year = firstYear + t - 1;
                values[year] = values[year].add(impacts[i].multiply(remaining[i][t]));
            }
        }
        return values;
    }
}
