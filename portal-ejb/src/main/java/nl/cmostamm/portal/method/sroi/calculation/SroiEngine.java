package nl.cmostamm.portal.method.sroi.calculation;

import static nl.cmostamm.portal.method.sroi.calculation.Arithmetic.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;

/**
 * The SROI arithmetic (see the package documentation and {@code shared/domain.md}): per outcome
 * impact = quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution); value in year
 * t = impact × (1 − drop-off)^(t−1); PV = Σ value_t / (1 + r)^t (or ^(t−1) when year 1 is not
 * discounted); NPV = PV − inputs; ratio = PV / inputs; payback months = inputs ÷ (first-year impact ÷ 12).
 *
 * <p>An outcome that starts after the activity yields in calendar years 2..duration + 1: its drop-off
 * counts from its own first year, its discounting from the calendar year. Its impact still counts in
 * the first-year impact of the payback period, which is the sum of every outcome's impact.
 *
 * <p>Everything is kept at full precision (see {@link Arithmetic}) and rounded once, in the {@link
 * Result}, each figure on its own. The trade-off: rounded parts need not add up to the rounded whole
 * (outcome PVs to the total, PV − inputs to the NPV when an input has fractions of cents), but no
 * figure carries the rounding of another.
 */
public final class SroiEngine {

    private SroiEngine() {}

    /** @throws IllegalArgumentException when {@link Calculation#problems()} is not empty */
    public static Result calculate(Calculation calculation) {
        Valuation valuation = new Valuation(calculation, 0);
        List<Outcome> outcomes = valuation.outcomes;
        BigDecimal firstYearImpact = BigDecimal.ZERO;
        List<Result.OutcomeValue> outcomeValues = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            firstYearImpact = firstYearImpact.add(valuation.impacts[i]);
            outcomeValues.add(new Result.OutcomeValue(
                    outcome.description(),
                    outcome.stakeholder(),
                    money(valuation.impacts[i]),
                    money(valuation.presentValues[i])));
        }

        BigDecimal[] yearValues = valuation.yearValues();
        List<Result.Year> years = new ArrayList<>(yearValues.length);
        for (int year = 1; year < yearValues.length; year++) {
            BigDecimal discounted = yearValues[year].multiply(valuation.factors[year]);
            years.add(new Result.Year(year, money(yearValues[year]), money(discounted)));
        }
        BigDecimal presentValue = valuation.presentValue;
        BigDecimal totalInputs = valuation.totalInputs;
        return new Result(
                calculation.discountRate(),
                calculation.discountFirstYear(),
                money(totalInputs),
                money(presentValue),
                money(presentValue.subtract(totalInputs)),
                Arithmetic.ratio(presentValue, totalInputs),
                Arithmetic.paybackMonths(totalInputs, firstYearImpact),
                List.copyOf(years),
                List.copyOf(outcomeValues));
    }
}
