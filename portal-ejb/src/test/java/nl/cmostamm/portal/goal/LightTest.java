package nl.cmostamm.portal.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightTest {

    @ParameterizedTest(name = "{0}: baseline {1}, target {2}, latest {3} is {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // more participants at the village dinner: 40 at the start, 80 wanted
                "HIGHER, 40, 80, 85, GREEN",
                "HIGHER, 40, 80, 80, GREEN",
                "HIGHER, 40, 80, 60, ORANGE",
                "HIGHER, 40, 80, 59, RED",
                "HIGHER, 40, 80, 30, RED",
                // no baseline: halfway from zero
                "HIGHER, -, 100, 50, ORANGE",
                "HIGHER, -, 100, 49, RED",
                // fewer lonely residents: 30% at the start, 15% wanted
                "LOWER, 30, 15, 14, GREEN",
                "LOWER, 30, 15, 22, ORANGE",
                "LOWER, 30, 15, 28, RED",
                "LOWER, 30, 15, 35, RED",
                // lower is better without a baseline: above the target is simply not there yet
                "LOWER, -, 10, 12, RED",
                // nothing to compare
                "HIGHER, 40, -, 85, GREY",
                "HIGHER, 40, 80, -, GREY",
                // baseline equals target and not reached
                "HIGHER, 80, 80, 70, RED"
            })
    void theLightComparesTheLatestValueWithTheTarget(
            Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal latest, Light expected) {
        assertEquals(expected, Light.of(direction, baseline, target, latest));
    }
}
