package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an impact map is worth, rounded half-up for showing: money to cents, the ratio to four
 * decimals, payback to two. {@code paybackMonths} is null when the first year yields nothing. The
 * two settings it was calculated with travel along, because every result must state them.
 */
public record Result(
        BigDecimal discountRate,
        boolean discountFirstYear,
        BigDecimal totalInputs,
        BigDecimal presentValue,
        BigDecimal netPresentValue,
        BigDecimal ratio,
        BigDecimal paybackMonths,
        List<Year> years,
        List<OutcomeValue> outcomes) {

    /** Year t (1-based) with the value all outcomes yield in it, before and after discounting. */
    public record Year(int year, BigDecimal value, BigDecimal discounted) {}

    /** One outcome's impact (its year-1 value after deadweight, displacement and attribution) and PV. */
    public record OutcomeValue(String description, String stakeholder, BigDecimal impact, BigDecimal presentValue) {}
}
