package nl.cmostamm.portal.goal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The traffic light of an indicator on the goal overview. Green: the target is reached. Orange: at
 * least halfway from the baseline (zero when none is set) to the target, in the right direction.
 * Red: less than halfway, or going the wrong way. Grey: nothing to compare, because there is no
 * measurement or no target yet.
 */
public enum Light {
    GREEN,
    ORANGE,
    RED,
    GREY;

    private static final BigDecimal HALF = new BigDecimal("0.5");

    public static Light of(Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (latest == null || target == null) {
            return GREY;
        }
        boolean reached = direction == Direction.LOWER ? latest.compareTo(target) <= 0 : latest.compareTo(target) >= 0;
        if (reached) {
            return GREEN;
        }
        BigDecimal start = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal distance = target.subtract(start);
        if (distance.signum() == 0) {
            return RED;
        }
        BigDecimal covered = latest.subtract(start).divide(distance, MathContext.DECIMAL64);
        return covered.compareTo(HALF) >= 0 && covered.compareTo(BigDecimal.ONE) < 0 ? ORANGE : RED;
    }
}
