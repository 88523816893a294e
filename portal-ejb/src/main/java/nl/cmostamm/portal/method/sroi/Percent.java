package nl.cmostamm.portal.method.sroi;

import java.math.BigDecimal;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * People type percentages (20 for 20 %), the arithmetic wants fractions (0.20). Moving the decimal
 * point is exact in {@code BigDecimal}, so nothing typed is rounded; a percentage with more decimals
 * than the column keeps, or outside its range, is refused instead of cut. Amounts follow the same
 * idea ({@link #amountRefusal}).
 */
public final class Percent {

    private Percent() {}

    /** The percentage of a fraction, without trailing zeros: 0.2250 gives 22.5. */
    static BigDecimal of(BigDecimal fraction) {
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    /**
     * The fraction of a typed percentage within {@code min}–{@code max} percent and at most {@code
     * decimals} decimals.
     */
    static BigDecimal fraction(BigDecimal percent, int min, int max, int decimals, String messageKey, String field) {
        if (percent == null) {
            throw new ValidationFailure(messageKey + ".required", field);
        }
        String refusal = refusal(percent, min, max, decimals, messageKey);
        if (refusal != null) {
            throw new ValidationFailure(refusal, field);
        }
        return percent.movePointLeft(2);
    }

    /**
     * Why a typed percentage cannot be kept ({@code messageKey + ".range"} or {@code ".decimals"}),
     * or null: the one rule of the service and of the page that checks a cell before sending it.
     */
    public static String refusal(BigDecimal percent, int min, int max, int decimals, String messageKey) {
        if (percent.compareTo(BigDecimal.valueOf(min)) < 0 || percent.compareTo(BigDecimal.valueOf(max)) > 0) {
            return messageKey + ".range";
        }
        if (percent.stripTrailingZeros().scale() > decimals) {
            return messageKey + ".decimals";
        }
        return null;
    }

    /**
     * Why a typed amount of money, hours or a quantity cannot be kept ({@code sroi.amount.negative},
     * {@code sroi.amount.decimals}), or null: not negative, at most two decimals.
     */
    public static String amountRefusal(BigDecimal amount) {
        if (amount.signum() < 0) {
            return "sroi.amount.negative";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "sroi.amount.decimals";
        }
        return null;
    }
}
