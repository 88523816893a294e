package nl.cmostamm.portal.method.sroi.calculation;

import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.amount;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.inputs;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.map;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every figure below was worked out by hand; the comment above each assertion shows the arithmetic.
 * Amounts are compared with their scale, so each assertion also checks the rounding of the result.
 */
class SroiEngineTest {

    @Test
    void dropOffAndDiscountingOfYearOneAsTheSroiGuideDoes() {
        // 120 × 1500 = 180000; × (1 − 0.2) × (1 − 0) × (1 − 0.25) = 108000 in year 1;
        // year 2: 108000 × (1 − 0.5) = 54000.
        // PV = 108000 / 1.0225 + 54000 / 1.0225² = 105623.4718826… + 54000 / 1.04550625 (51649.6195025…)
        //    = 157273.0913851…
        Result result = SroiEngine.calculate(map(
                "0.0225",
                true,
                inputs("50000", "10000"),
                outcome("120", "1500")
                        .deadweight("0.2")
                        .attribution("0.25")
                        .dropOff("0.5")
                        .duration(2)));

        assertEquals(amount("60000.00"), result.totalInputs());
        assertEquals(amount("157273.09"), result.presentValue());
        // 157273.0913851… − 60000
        assertEquals(amount("97273.09"), result.netPresentValue());
        // 157273.0913851… / 60000 = 2.62121818…
        assertEquals(amount("2.6212"), result.ratio());
        // 60000 ÷ (108000 ÷ 12) = 60000 ÷ 9000 = 6.666…
        assertEquals(amount("6.67"), result.paybackMonths());
        assertEquals(
                List.of(
                        new Result.Year(1, amount("108000.00"), amount("105623.47")),
                        new Result.Year(2, amount("54000.00"), amount("51649.62"))),
                result.years());
        assertEquals(
                List.of(new Result.OutcomeValue("outcome", "participants", amount("108000.00"), amount("157273.09"))),
                result.outcomes());
        assertEquals(amount("0.0225"), result.discountRate());
        assertTrue(result.discountFirstYear());
    }

    @Test
    void yearOneUndiscountedAsTheDutchGuidelineDoes() {
        // the same map; year 1 counts in full, year 2 is discounted once:
        // PV = 108000 + 54000 / 1.0225 (52811.7359413…) = 160811.7359413…
        Result result = SroiEngine.calculate(map(
                "0.0225",
                false,
                inputs("50000", "10000"),
                outcome("120", "1500")
                        .deadweight("0.2")
                        .attribution("0.25")
                        .dropOff("0.5")
                        .duration(2)));

        assertEquals(amount("160811.74"), result.presentValue());
        assertEquals(amount("100811.74"), result.netPresentValue());
        // 160811.7359413… / 60000 = 2.68019559…
        assertEquals(amount("2.6802"), result.ratio());
        assertEquals(
                List.of(
                        new Result.Year(1, amount("108000.00"), amount("108000.00")),
                        new Result.Year(2, amount("54000.00"), amount("52811.74"))),
                result.years());
        assertEquals(false, result.discountFirstYear());
    }

    @Test
    void outcomesOfDifferentDurationsWithDisplacementAndNoDiscounting() {
        // A: 10 × 1000 × (1 − 0) × (1 − 0.1) × (1 − 0) = 9000 a year for 3 years = 27000
        // B: 4 × 500 = 2000 × (1 − 0.5) × (1 − 0.5) × (1 − 0.2) = 400, one year
        // r = 0: PV = 27000 + 400 = 27400; inputs 13700: ratio 2, NPV 13700
        Result result = SroiEngine.calculate(map(
                "0",
                true,
                inputs("13700"),
                outcome("10", "1000").displacement("0.1").duration(3),
                outcome("4", "500")
                        .deadweight("0.5")
                        .displacement("0.5")
                        .attribution("0.2")
                        .duration(1)));

        assertEquals(amount("27400.00"), result.presentValue());
        assertEquals(amount("13700.00"), result.netPresentValue());
        assertEquals(amount("2.0000"), result.ratio());
        // first-year impact 9000 + 400 = 9400: 13700 × 12 / 9400 = 17.4893…
        assertEquals(amount("17.49"), result.paybackMonths());
        assertEquals(
                List.of(
                        new Result.Year(1, amount("9400.00"), amount("9400.00")),
                        new Result.Year(2, amount("9000.00"), amount("9000.00")),
                        new Result.Year(3, amount("9000.00"), amount("9000.00"))),
                result.years());
        assertEquals(amount("27000.00"), result.outcomes().get(0).presentValue());
        assertEquals(amount("400.00"), result.outcomes().get(1).impact());
    }

    @Test
    void anOutcomeThatStartsAfterTheActivityIsDiscountedByTheCalendarYear() {
        // r = 0.25, so 1/1.25 = 0.8, 1/1.25² = 0.64, 1/1.25³ = 0.512 exactly.
        // early: 5 × 100 = 500 in year 1: 500 × 0.8 = 400
        // later: 10 × 100 = 1000 in its first year (calendar year 2), 1000 × 0.9 = 900 in its second
        //   (calendar year 3; drop-off counts from its own first year): 1000 × 0.64 + 900 × 0.512
        //   = 640 + 460.8 = 1100.8
        // PV = 1500.8; inputs 1000
        Result result = SroiEngine.calculate(map(
                "0.25",
                true,
                inputs("1000"),
                outcome("5", "100"),
                outcome("10", "100").dropOff("0.1").duration(2).startsAfterActivity()));

        assertEquals(amount("1500.80"), result.presentValue());
        assertEquals(amount("1.5008"), result.ratio());
        assertEquals(
                List.of(
                        new Result.Year(1, amount("500.00"), amount("400.00")),
                        new Result.Year(2, amount("1000.00"), amount("640.00")),
                        new Result.Year(3, amount("900.00"), amount("460.80"))),
                result.years());
        // the first-year impact is every outcome's impact, also the later one's: 1000 × 12 / 1500 = 8
        assertEquals(amount("8.00"), result.paybackMonths());
    }

    @Test
    void anOutcomeThatStartsAfterTheActivityWithYearOneUndiscounted() {
        // exponent t − 1: early 500 × 1 = 500; later 1000 × 0.8 + 900 × 0.64 = 800 + 576 = 1376
        Result result = SroiEngine.calculate(map(
                "0.25",
                false,
                inputs("1000"),
                outcome("5", "100"),
                outcome("10", "100").dropOff("0.1").duration(2).startsAfterActivity()));

        assertEquals(amount("1876.00"), result.presentValue());
        assertEquals(amount("1.8760"), result.ratio());
        assertEquals(amount("800.00"), result.years().get(1).discounted());
    }

    @Test
    void anOutcomeThatStartsAfterTheActivityLeavesYearOneEmpty() {
        // 2 × 50 = 100 in calendar year 2 only, r = 0
        Result result = SroiEngine.calculate(
                map("0", true, inputs("100"), outcome("2", "50").startsAfterActivity()));

        assertEquals(
                List.of(
                        new Result.Year(1, amount("0.00"), amount("0.00")),
                        new Result.Year(2, amount("100.00"), amount("100.00"))),
                result.years());
        assertEquals(amount("1.0000"), result.ratio());
    }

    @Test
    void noPaybackWhenTheFirstYearYieldsNothing() {
        // 0 people × 1500 = 0; PV 0, NPV −500, ratio 0, and 500 ÷ (0 ÷ 12) has no answer
        Result result = SroiEngine.calculate(
                map("0.0225", true, inputs("500"), outcome("0", "1500").duration(3)));

        assertNull(result.paybackMonths());
        assertEquals(amount("0.00"), result.presentValue());
        assertEquals(amount("-500.00"), result.netPresentValue());
        assertEquals(amount("0.0000"), result.ratio());
        assertEquals(3, result.years().size());
    }

    @Test
    void aMapWithoutOutcomesIsWorthNothing() {
        Result result = SroiEngine.calculate(new Calculation(new BigDecimal("0.0225"), true, inputs("750.50"), null));

        assertEquals(amount("0.00"), result.presentValue());
        assertEquals(amount("-750.50"), result.netPresentValue());
        assertEquals(amount("0.0000"), result.ratio());
        assertNull(result.paybackMonths());
        assertEquals(List.of(), result.years());
        assertEquals(List.of(), result.outcomes());
    }

    @Test
    void moneyIsRoundedHalfUpToCentsAndTheRatioToFourDecimals() {
        // 1 × 10.005 = 10.005, r = 0: PV 10.005 → 10.01 (half-even would give 10.00)
        // ratio 10.005 / 100 = 0.10005 → 0.1001 (half-even: 0.1000)
        // NPV 10.005 − 100 = −89.995 → −90.00: half-up rounds a negative tie away from zero
        Result result = SroiEngine.calculate(map("0", true, inputs("100"), outcome("1", "10.005")));

        assertEquals(amount("10.01"), result.presentValue());
        assertEquals(amount("10.01"), result.outcomes().get(0).impact());
        assertEquals(amount("10.01"), result.years().get(0).value());
        assertEquals(amount("0.1001"), result.ratio());
        assertEquals(amount("-90.00"), result.netPresentValue());
    }

    @Test
    void paybackIsRoundedHalfUpToTwoDecimals() {
        // 1234.5 × 12 / 1200 = 14814 / 1200 = 12.345 → 12.35 (half-even: 12.34)
        Result result = SroiEngine.calculate(map("0", true, inputs("1234.5"), outcome("1", "1200")));

        assertEquals(amount("12.35"), result.paybackMonths());
        assertEquals(amount("1234.50"), result.totalInputs());
    }

    @Test
    void onlyTheResultIsRounded() {
        // 1 × 33.335 × (1 − 0.5) = 16.6675 in year 1; × (1 − 0.5) = 8.33375 in year 2; r = 0
        // PV = 16.6675 + 8.33375 = 25.00125 → 25.00.
        // Rounding on the way would give a cent more: 16.67 + 8.335 → 16.67 + 8.34 = 25.01.
        Result result = SroiEngine.calculate(map(
                "0",
                true,
                inputs("10"),
                outcome("1", "33.335").deadweight("0.5").dropOff("0.5").duration(2)));

        assertEquals(amount("25.00"), result.presentValue());
        assertEquals(amount("16.67"), result.outcomes().get(0).impact());
        assertEquals(amount("8.33"), result.years().get(1).value());
        // 25.00125 / 10 = 2.500125 → 2.5001; from the rounded PV it would be 2.5000
        assertEquals(amount("2.5001"), result.ratio());
    }

    @Test
    void aCalculationWithProblemsIsRefused() {
        Calculation calculation = map("1.5", true, List.of(), outcome("1", "1"));

        IllegalArgumentException refusal =
                assertThrows(IllegalArgumentException.class, () -> SroiEngine.calculate(calculation));
        assertTrue(refusal.getMessage().contains("discountRate"), refusal.getMessage());
    }
}
