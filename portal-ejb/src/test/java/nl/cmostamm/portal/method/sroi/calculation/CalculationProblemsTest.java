package nl.cmostamm.portal.method.sroi.calculation;

import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.amount;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.input;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Input;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;
import nl.cmostamm.portal.method.sroi.calculation.Problem.Reason;
import org.junit.jupiter.api.Test;

/** Each reason at each field it can concern, and what is not a problem. */
class CalculationProblemsTest {

    private static final Outcome VALID = ImpactMaps.outcome("10", "100").build();

    @Test
    void aCompleteMapHasNoProblems() {
        assertEquals(List.of(), calculation(inputs("100"), VALID).problems());
    }

    @Test
    void noOutcomesAndNoStakeholdersAreFine() {
        assertEquals(List.of(), new Calculation(BigDecimal.ZERO, true, inputs("1"), null).problems());
        assertEquals(List.of(), new Calculation(BigDecimal.ONE, false, inputs("1"), List.of()).problems());
        Outcome withoutStakeholder = new Outcome(
                "fewer falls",
                null,
                amount("1"),
                amount("1"),
                amount("0"),
                amount("0"),
                amount("0"),
                amount("0"),
                1,
                false);
        assertEquals(List.of(), calculation(inputs("1"), withoutStakeholder).problems());
    }

    @Test
    void theDiscountRateIsAFraction() {
        assertEquals(
                List.of(new Problem("discountRate", Reason.MISSING)),
                new Calculation(null, true, inputs("1"), List.of()).problems());
        assertEquals(
                List.of(new Problem("discountRate", Reason.NOT_A_FRACTION)),
                new Calculation(new BigDecimal("-0.01"), true, inputs("1"), List.of()).problems());
        assertEquals(
                List.of(new Problem("discountRate", Reason.NOT_A_FRACTION)),
                new Calculation(new BigDecimal("1.0001"), true, inputs("1"), List.of()).problems());
    }

    @Test
    void aMapNeedsInputs() {
        assertEquals(
                List.of(new Problem("inputs", Reason.NO_INPUTS)),
                calculation(null, VALID).problems());
        assertEquals(
                List.of(new Problem("inputs", Reason.NO_INPUTS)),
                calculation(List.of(), VALID).problems());
    }

    @Test
    void inputsThatAddUpToNothing() {
        assertEquals(
                List.of(new Problem("inputs", Reason.ZERO_INPUT_TOTAL)),
                calculation(inputs("0", "0.00"), VALID).problems());
    }

    @Test
    void eachInputNeedsADescriptionAndAnAmountOfZeroOrMore() {
        List<Input> inputs = Arrays.asList(
                new Input(" ", null, amount("10")),
                new Input("hours", null, null),
                new Input("rent", null, amount("-5")),
                null,
                new Input("x".repeat(501), "y".repeat(501), amount("1")),
                input("0"));

        // a missing or negative amount leaves the total unknown, so no ZERO_INPUT_TOTAL as well
        assertEquals(
                List.of(
                        new Problem("inputs[0].description", Reason.MISSING),
                        new Problem("inputs[1].amount", Reason.MISSING),
                        new Problem("inputs[2].amount", Reason.NEGATIVE),
                        new Problem("inputs[3]", Reason.MISSING),
                        new Problem("inputs[4].description", Reason.TOO_LONG),
                        new Problem("inputs[4].stakeholder", Reason.TOO_LONG)),
                calculation(inputs, VALID).problems());
    }

    @Test
    void aTextOfFiveHundredCharactersAfterTrimmingIsFine() {
        Input input = new Input("  " + "x".repeat(500) + "  ", null, amount("1"));
        assertEquals(List.of(), calculation(List.of(input), VALID).problems());
    }

    @Test
    void everyNumberOfAnOutcomeIsNeeded() {
        Outcome empty = new Outcome(null, null, null, null, null, null, null, null, null, false);

        assertEquals(
                List.of(
                        new Problem("outcomes[1].description", Reason.MISSING),
                        new Problem("outcomes[1].quantity", Reason.MISSING),
                        new Problem("outcomes[1].proxy", Reason.MISSING),
                        new Problem("outcomes[1].deadweight", Reason.MISSING),
                        new Problem("outcomes[1].displacement", Reason.MISSING),
                        new Problem("outcomes[1].attribution", Reason.MISSING),
                        new Problem("outcomes[1].dropOff", Reason.MISSING),
                        new Problem("outcomes[1].duration", Reason.MISSING),
                        new Problem("outcomes[2]", Reason.MISSING)),
                calculation(inputs("1"), VALID, empty, null).problems());
    }

    @Test
    void ratesAreFractionsAndAmountsAreNotNegative() {
        Outcome wrong = new Outcome(
                "x".repeat(501),
                "y".repeat(501),
                amount("-1"),
                amount("-0.01"),
                amount("1.01"),
                amount("-0.5"),
                amount("2"),
                amount("-0.0001"),
                51,
                false);

        assertEquals(
                List.of(
                        new Problem("outcomes[0].description", Reason.TOO_LONG),
                        new Problem("outcomes[0].stakeholder", Reason.TOO_LONG),
                        new Problem("outcomes[0].quantity", Reason.NEGATIVE),
                        new Problem("outcomes[0].proxy", Reason.NEGATIVE),
                        new Problem("outcomes[0].deadweight", Reason.NOT_A_FRACTION),
                        new Problem("outcomes[0].displacement", Reason.NOT_A_FRACTION),
                        new Problem("outcomes[0].attribution", Reason.NOT_A_FRACTION),
                        new Problem("outcomes[0].dropOff", Reason.NOT_A_FRACTION),
                        new Problem("outcomes[0].duration", Reason.DURATION_OUT_OF_RANGE)),
                calculation(inputs("1"), wrong).problems());
    }

    @Test
    void theEdgesOfEachRangeAreFine() {
        Outcome atTheEdges = new Outcome(
                "all or nothing",
                null,
                amount("0"),
                amount("0"),
                amount("1"),
                amount("0"),
                amount("1.00"),
                amount("1"),
                50,
                true);
        Outcome shortest = new Outcome(
                "one year",
                null,
                amount("0"),
                amount("0"),
                amount("0"),
                amount("1"),
                amount("0"),
                amount("0"),
                1,
                false);

        assertEquals(List.of(), calculation(inputs("1"), atTheEdges, shortest).problems());
    }

    @Test
    void aDurationOfNoYearsIsOutOfRange() {
        Outcome none = new Outcome(
                "none", null, amount("1"), amount("1"), amount("0"), amount("0"), amount("0"), amount("0"), 0, false);

        assertEquals(
                List.of(new Problem("outcomes[0].duration", Reason.DURATION_OUT_OF_RANGE)),
                calculation(inputs("1"), none).problems());
    }

    private static Calculation calculation(List<Input> inputs, Outcome... outcomes) {
        return new Calculation(Calculation.DUTCH_DISCOUNT_RATE, true, inputs, Arrays.asList(outcomes));
    }
}
