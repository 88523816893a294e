package nl.cmostamm.portal.method.sroi;

import java.math.BigDecimal;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * People type percentages (20 for 20 %), the arithmetic wants fractions (0.20). Moving the decimal
 * point is exact in {@code BigDecimal}, so nothing typed is rounded; a percentage with more decimals
 * than the column keeps, or outside its range, is refused instead of cut.
 */
final class Percent {

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
        if (percent.compareTo(BigDecimal.valueOf(min)) < 0 || percent.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ValidationFailure(messageKey + ".range", field);
        }
        if (percent.stripTrailingZeros().scale() > decimals) {
            throw new ValidationFailure(messageKey + ".decimals", field);
        }
        return percent.movePointLeft(2);
    }
}
