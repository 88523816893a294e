package nl.cmostamm.portal.method.sroi.calculation;

import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.amount;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.inputs;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.map;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;
import nl.cmostamm.portal.method.sroi.calculation.Problem.Reason;
import org.junit.jupiter.api.Test;

/** The three standard scenarios on one map, worked out by hand, and how far a scenario may move. */
class ScenarioTest {

    /** 10 × 100 × (1 − 0.2) × (1 − 0.5) = 400 a year for 2 years, r = 2.25 %, on inputs of 500. */
    private static Calculation oneOutcome() {
        return map(
                "0.0225",
                true,
                inputs("500"),
                outcome("10", "100").deadweight("0.2").attribution("0.5").duration(2));
    }

    @Test
    void cautiousReadsTheMapAgainstItself() {
        Calculation cautious = Scenario.CAUTIOUS.apply(oneOutcome());

        Outcome outcome = cautious.outcomes().get(0);
        assertEquals(0, amount("80").compareTo(outcome.proxy()));
        assertEquals(0, amount("0.3").compareTo(outcome.deadweight()));
        assertEquals(0, amount("0.6").compareTo(outcome.attribution()));
        assertEquals(1, outcome.duration());
        assertEquals(amount("0.04"), cautious.discountRate());
        // 10 × 80 × (1 − 0.3) × (1 − 0.6) = 224 for one year: 224 / 1.04 = 215.3846… on 500: 0.4308
        Result result = SroiEngine.calculate(cautious);
        assertEquals(amount("215.38"), result.presentValue());
        assertEquals(amount("0.4308"), result.ratio());
    }

    @Test
    void expectedChangesNothing() {
        assertEquals(oneOutcome(), Scenario.EXPECTED.apply(oneOutcome()));
    }

    @Test
    void optimisticIsItsMirror() {
        Calculation optimistic = Scenario.OPTIMISTIC.apply(oneOutcome());

        // 10 × 120 × (1 − 0.1) × (1 − 0.4) = 648 for three years, r = 0: 1944 on 500: 3.888
        Result result = SroiEngine.calculate(optimistic);
        assertEquals(amount("1944.00"), result.presentValue());
        assertEquals(amount("3.8880"), result.ratio());
        assertEquals(3, optimistic.outcomes().get(0).duration());
        assertEquals(BigDecimal.ZERO, optimistic.discountRate());
        assertEquals(true, optimistic.discountFirstYear());
    }

    @Test
    void movesAreKeptWithinTheirRange() {
        Calculation edges = map(
                "0",
                true,
                inputs("1"),
                outcome("1", "100").deadweight("0.05").attribution("0.95").duration(50),
                outcome("1", "100").deadweight("0.95").attribution("0.05").duration(1));

        Outcome optimisticLong = Scenario.OPTIMISTIC.apply(edges).outcomes().get(0);
        assertEquals(0, BigDecimal.ZERO.compareTo(optimisticLong.deadweight()));
        assertEquals(50, optimisticLong.duration());
        Outcome cautiousShort = Scenario.CAUTIOUS.apply(edges).outcomes().get(1);
        assertEquals(0, BigDecimal.ONE.compareTo(cautiousShort.deadweight()));
        assertEquals(1, cautiousShort.duration());

        Scenario ruin = new Scenario(new BigDecimal("-1.5"), BigDecimal.ZERO, BigDecimal.ZERO, 0, null, null);
        assertEquals(
                0, BigDecimal.ZERO.compareTo(ruin.apply(edges).outcomes().get(0).proxy()));
    }

    @Test
    void whatIsAlreadyWrongStaysWrong() {
        Outcome wrong = new Outcome(
                "wrong", null, amount("1"), null, amount("1.5"), amount("0"), amount("-0.1"), amount("0"), 0, false);
        Calculation calculation =
                new Calculation(new BigDecimal("0.0225"), true, inputs("1"), Arrays.asList(wrong, null));

        Calculation cautious = Scenario.CAUTIOUS.apply(calculation);

        assertEquals(calculation.outcomes().get(0), cautious.outcomes().get(0));
        assertNull(cautious.outcomes().get(1));
        assertEquals(
                List.of(
                        new Problem("outcomes[0].proxy", Reason.MISSING),
                        new Problem("outcomes[0].deadweight", Reason.NOT_A_FRACTION),
                        new Problem("outcomes[0].attribution", Reason.NOT_A_FRACTION),
                        new Problem("outcomes[0].duration", Reason.DURATION_OUT_OF_RANGE),
                        new Problem("outcomes[1]", Reason.MISSING)),
                cautious.problems());
    }

    @Test
    void aScenarioMayChooseTheFirstYearConvention() {
        Scenario dutch = new Scenario(
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, Calculation.DUTCH_DISCOUNT_RATE, false);

        Calculation calculation = dutch.apply(map("0.04", true, inputs("1"), outcome("1", "1")));

        assertFalse(calculation.discountFirstYear());
        assertEquals(Calculation.DUTCH_DISCOUNT_RATE, calculation.discountRate());
        assertNull(
                Scenario.EXPECTED.apply(new Calculation(null, true, null, null)).outcomes());
    }
}
