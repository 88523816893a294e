package nl.cmostamm.portal.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTypeTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "COUNT, 12, -",
                "COUNT, 12.00, -",
                "COUNT, 12.5, measurement.value.count",
                "COUNT, -1, measurement.value.count",
                "PERCENTAGE, 0, -",
                "PERCENTAGE, 100, -",
                "PERCENTAGE, 62.5, -",
                "PERCENTAGE, 100.01, measurement.value.percentage",
                "PERCENTAGE, -3, measurement.value.percentage",
                "AMOUNT, 1250.50, -",
                "AMOUNT, 12.505, measurement.value.amount",
                "AMOUNT, -5, measurement.value.amount",
                "SCORE, 7.5, -",
                "SCORE, 1, -",
                "SCORE, 10, -",
                "SCORE, 11, measurement.value.score",
                "SCORE, 0, measurement.value.score",
                "COUNT, 9999999999999, measurement.value.tooLarge",
                "COUNT, -, measurement.value.required"
            })
    void valuesMustFitTheirType(ValueType type, BigDecimal value, String refusal) {
        assertEquals(refusal, type.refusal(value, BigDecimal.ONE, BigDecimal.TEN));
    }
}
