package nl.cmostamm.portal.method.sroi.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the SROI arithmetic needs of an impact map: the discount rate (a fraction: 0.0225 is
 * 2.25 %), whether year 1 is discounted, what was put in, and the outcomes. Holds what was given,
 * unchecked: {@link #problems()} says what makes it impossible to calculate.
 */
public record Calculation(
        BigDecimal discountRate, boolean discountFirstYear, List<Input> inputs, List<Outcome> outcomes) {

    /** The Dutch standard discount rate for social cost-benefit analysis. */
    public static final BigDecimal DUTCH_DISCOUNT_RATE = new BigDecimal("0.0225");

    /** One thing put in: money, in-kind at market value, or volunteer hours × an hourly value. */
    public record Input(String description, String stakeholder, BigDecimal amount) {}

    /**
     * One outcome for one stakeholder. Rates are fractions 0–1; duration is in whole years 1–50;
     * {@code startsAfterActivity} moves its first year of value from year 1 to year 2.
     */
    public record Outcome(
            String description,
            String stakeholder,
            BigDecimal quantity,
            BigDecimal proxy,
            BigDecimal deadweight,
            BigDecimal displacement,
            BigDecimal attribution,
            BigDecimal dropOff,
            Integer duration,
            boolean startsAfterActivity) {}

    /**
     * What makes this calculation impossible, each naming its field ({@code discountRate}, {@code
     * inputs}, {@code inputs[0].amount}, {@code outcomes[2].deadweight}, …) and a reason; empty
     * when it can be calculated.
     */
    public List<Problem> problems() {
        throw new UnsupportedOperationException("to be written");
    }
}
