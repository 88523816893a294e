package nl.cmostamm.portal.goal;

import java.math.BigDecimal;

/**
 * What kind of number an indicator's values are, and which values make sense for it. The rules
 * are the service's second line of defence behind the input fields.
 */
public enum ValueType {
    /** A number of people, activities or hours: whole and not negative. */
    COUNT,
    /** Between 0 and 100. */
    PERCENTAGE,
    /** Euros with at most two decimals, not negative. */
    AMOUNT,
    /** A mark on the indicator's own scale, such as 1 to 10. */
    SCORE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The bundle key of the reason this value does not fit, or null when it does. For a score the
     * scale is {@code min}–{@code max}.
     */
    public String refusal(BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            return "measurement.value.required";
        }
        if (value.abs().compareTo(new BigDecimal("999999999999")) > 0) {
            return "measurement.value.tooLarge";
        }
        return switch (this) {
            case COUNT ->
                value.signum() < 0 || value.stripTrailingZeros().scale() > 0 ? "measurement.value.count" : null;
            case PERCENTAGE ->
                value.signum() < 0
                                || value.compareTo(HUNDRED) > 0
                                || value.stripTrailingZeros().scale() > 2
                        ? "measurement.value.percentage"
                        : null;
            case AMOUNT ->
                value.signum() < 0 || value.stripTrailingZeros().scale() > 2 ? "measurement.value.amount" : null;
            case SCORE ->
                min == null
                                || max == null
                                || value.compareTo(min) < 0
                                || value.compareTo(max) > 0
                                || value.stripTrailingZeros().scale() > 2
                        ? "measurement.value.score"
                        : null;
        };
    }
}
