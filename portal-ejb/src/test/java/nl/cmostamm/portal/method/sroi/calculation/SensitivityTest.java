package nl.cmostamm.portal.method.sroi.calculation;

import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.amount;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.inputs;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.map;
import static nl.cmostamm.portal.method.sroi.calculation.ImpactMaps.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.cmostamm.portal.method.sroi.calculation.Calculation.Outcome;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity.Analysis;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity.Assumption;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity.Swing;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity.Variation;
import org.junit.jupiter.api.Test;

/** Every swing below was worked out by hand; r = 0 where possible, so a PV is a plain sum. */
class SensitivityTest {

    /**
     * A: 10 × 100 × (1 − 0.2) × (1 − 0.5) = 400 a year for 2 years: PV 800.
     * B: 1 × 200 = 200 for 1 year: PV 200.
     * Total 1000 on inputs of 500: ratio 2.
     */
    private static Calculation twoOutcomes() {
        return map(
                "0",
                true,
                inputs("500"),
                outcome("10", "100")
                        .description("A")
                        .deadweight("0.2")
                        .attribution("0.5")
                        .duration(2),
                outcome("1", "200").description("B"));
    }

    @Test
    void eachAssumptionOfEachOutcomeMovedWidestFirst() {
        Analysis analysis = Sensitivity.of(twoOutcomes(), Sensitivity.STANDARD);

        assertEquals(amount("2.0000"), analysis.ratio());
        assertEquals(
                List.of(
                        // A for 1 year: 400 + 200 = 600 → 1.2; 3 years: 1200 + 200 = 1400 → 2.8
                        swing(Assumption.DURATION, 0, "1.2000", "2.8000"),
                        // A's proxy 80: 640 + 200 = 840 → 1.68; 120: 960 + 200 = 1160 → 2.32
                        swing(Assumption.PROXY, 0, "1.6800", "2.3200"),
                        // A's attribution 0.6: 1000 × 0.8 × 0.4 = 320, × 2 = 640 → 1.68;
                        // 0.4: 480 × 2 = 960 → 2.32. As wide as A's proxy, so after it.
                        swing(Assumption.ATTRIBUTION, 0, "1.6800", "2.3200"),
                        // A's deadweight 0.3: 1000 × 0.7 × 0.5 = 350, × 2 = 700 → 900 → 1.8;
                        // 0.1: 450 × 2 = 900 → 1100 → 2.2
                        swing(Assumption.DEADWEIGHT, 0, "1.8000", "2.2000"),
                        // B for 0 years is kept at 1: 2.0; for 2 years: 800 + 400 = 1200 → 2.4.
                        // As wide as A's deadweight (0.4), and DURATION comes after DEADWEIGHT.
                        swing(Assumption.DURATION, 1, "2.0000", "2.4000"),
                        // B's proxy 160: 960 → 1.92; 240: 1040 → 2.08
                        swing(Assumption.PROXY, 1, "1.9200", "2.0800"),
                        // r = 0 is the base; r = 0.04: A 400 / 1.04 + 400 / 1.04² = 754.4378698…,
                        // B 200 / 1.04 = 192.3076923…: 946.7455621… / 500 = 1.8934911…
                        swing(Assumption.DISCOUNT_RATE, null, "1.8935", "2.0000"),
                        // B's deadweight −0.1 is kept at 0: 2.0; 0.1: 180 → 980 → 1.96
                        swing(Assumption.DEADWEIGHT, 1, "1.9600", "2.0000"),
                        // B's attribution the same
                        swing(Assumption.ATTRIBUTION, 1, "1.9600", "2.0000"),
                        // at r = 0 the first-year convention changes nothing
                        swing(Assumption.FIRST_YEAR, null, "2.0000", "2.0000")),
                analysis.swings());
        assertEquals(amount("1.2000"), analysis.lowestRatio());
        assertEquals(amount("2.8000"), analysis.highestRatio());
    }

    @Test
    void equallyWideSwingsFollowTheAssumptionsThenTheOutcomes() {
        // two equal outcomes of 100 each on inputs of 100: every move of one of them is as wide as
        // the same move of the other
        Analysis analysis = Sensitivity.of(
                map("0", true, inputs("100"), outcome("1", "100"), outcome("1", "100")), Sensitivity.STANDARD);

        List<String> order = analysis.swings().stream()
                .map(swing -> swing.assumption() + " " + swing.outcome())
                .toList();
        // duration: 100 → 200: 2 → 3 (width 1); proxy 80 / 120: 1.8 / 2.2 (0.4); deadweight and
        // attribution 0 → 0.1 only: 1.9 / 2.0 (0.1); r = 0.04: 200 / 1.04 = 192.307… → 1.9231
        // (0.0769); the first year does nothing at r = 0
        assertEquals(
                List.of(
                        "DURATION 0",
                        "DURATION 1",
                        "PROXY 0",
                        "PROXY 1",
                        "DEADWEIGHT 0",
                        "DEADWEIGHT 1",
                        "ATTRIBUTION 0",
                        "ATTRIBUTION 1",
                        "DISCOUNT_RATE null",
                        "FIRST_YEAR null"),
                order);
    }

    @Test
    void movesAreKeptWithinTheirRange() {
        // 1 × 100 × (1 − 0.95) = 5 a year for 50 years: 250 on inputs of 100, ratio 2.5
        Analysis analysis = Sensitivity.of(
                map(
                        "0",
                        true,
                        inputs("100"),
                        outcome("1", "100").deadweight("0.95").duration(50)),
                Sensitivity.STANDARD);

        // deadweight 0.85: 15 × 50 = 750 → 7.5; 1.05 is kept at 1: nothing → 0
        assertEquals(swing(Assumption.DEADWEIGHT, 0, "0.0000", "7.5000"), find(analysis, Assumption.DEADWEIGHT));
        // 49 years: 245 → 2.45; 51 is kept at 50: 2.5
        assertEquals(swing(Assumption.DURATION, 0, "2.4500", "2.5000"), find(analysis, Assumption.DURATION));
        assertEquals(amount("0.0000"), analysis.lowestRatio());
        assertEquals(amount("7.5000"), analysis.highestRatio());
    }

    @Test
    void aProxyCannotFallBelowNothing() {
        // proxy 100 − 150 % is kept at 0: 0 → 0; + 150 %: 250 → 2.5
        Variation variation = new Variation(
                new BigDecimal("1.5"), BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        Analysis analysis = Sensitivity.of(map("0", true, inputs("100"), outcome("1", "100")), variation);

        assertEquals(swing(Assumption.PROXY, 0, "0.0000", "2.5000"), find(analysis, Assumption.PROXY));
    }

    @Test
    void theOtherFirstYearConventionIsOneSwing() {
        // 1 × 1000 for one year, r = 0.25: discounted 1000 × 0.8 = 800 → 800 / 400 = 2;
        // undiscounted 1000 / 400 = 2.5
        Calculation discounted = map("0.25", true, inputs("400"), outcome("1", "1000"));
        Calculation undiscounted = map("0.25", false, inputs("400"), outcome("1", "1000"));

        Analysis fromDiscounted = Sensitivity.of(discounted, Sensitivity.STANDARD);
        Analysis fromUndiscounted = Sensitivity.of(undiscounted, Sensitivity.STANDARD);

        assertEquals(amount("2.0000"), fromDiscounted.ratio());
        assertEquals(
                swing(Assumption.FIRST_YEAR, null, "2.0000", "2.5000"), find(fromDiscounted, Assumption.FIRST_YEAR));
        assertEquals(amount("2.5000"), fromUndiscounted.ratio());
        assertEquals(
                swing(Assumption.FIRST_YEAR, null, "2.0000", "2.5000"), find(fromUndiscounted, Assumption.FIRST_YEAR));
    }

    @Test
    void theRangeIncludesTheBaseRatio() {
        // only the discount rate moves, and both rates tried are above the map's 0, where 1000 on
        // inputs of 400 is 2.5: r = 0.25: 1000 × 0.8 = 800 → 2; r = 1: 1000 × 0.5 = 500 → 1.25.
        // Neither end is the base 2.5, which is still the top of the range.
        Variation onlyTheRate = new Variation(
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, new BigDecimal("0.25"), BigDecimal.ONE);
        Analysis analysis = Sensitivity.of(map("0", true, inputs("400"), outcome("1", "1000")), onlyTheRate);

        assertEquals(
                swing(Assumption.DISCOUNT_RATE, null, "1.2500", "2.0000"), find(analysis, Assumption.DISCOUNT_RATE));
        assertEquals(amount("1.2500"), analysis.lowestRatio());
        assertEquals(amount("2.5000"), analysis.highestRatio());
    }

    @Test
    void aMapWithoutOutcomesHasOnlyTheDiscountingSwings() {
        Analysis analysis = Sensitivity.of(
                new Calculation(new BigDecimal("0.0225"), true, inputs("100"), List.of()), Sensitivity.STANDARD);

        assertEquals(
                List.of(
                        swing(Assumption.DISCOUNT_RATE, null, "0.0000", "0.0000"),
                        swing(Assumption.FIRST_YEAR, null, "0.0000", "0.0000")),
                analysis.swings());
    }

    /**
     * The shortcut (PV − pv_i + pv_i') must give exactly what the engine gives for the changed map.
     * A map with discounting, drop-off, a later start and a duration at the limit, each outcome moved
     * by hand here and valued by {@link SroiEngine}.
     */
    @Test
    void eachSwingIsTheRatioOfTheChangedMap() {
        for (boolean discountFirstYear : new boolean[] {true, false}) {
            Calculation calculation = map(
                    "0.0225",
                    discountFirstYear,
                    inputs("12345.67", "2500"),
                    outcome("17", "333.33")
                            .deadweight("0.15")
                            .displacement("0.05")
                            .attribution("0.35")
                            .dropOff("0.2")
                            .duration(5),
                    outcome("3", "1250")
                            .deadweight("0.05")
                            .attribution("0.95")
                            .dropOff("0.33")
                            .duration(1)
                            .startsAfterActivity(),
                    outcome("40", "19.99").dropOff("0.1").duration(50),
                    outcome("0", "500").duration(3));
            Analysis analysis = Sensitivity.of(calculation, Sensitivity.STANDARD);

            for (Swing swing : analysis.swings()) {
                List<BigDecimal> ratios = changedMaps(calculation, swing).stream()
                        .map(changed -> SroiEngine.calculate(changed).ratio())
                        .sorted()
                        .toList();
                assertEquals(List.of(swing.lowRatio(), swing.highRatio()), ratios, swing.toString());
            }
            assertEquals(SroiEngine.calculate(calculation).ratio(), analysis.ratio());
        }
    }

    @Test
    void aCalculationWithProblemsOrANegativeVariationIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Sensitivity.of(map("0", true, List.of(), outcome("1", "1")), Sensitivity.STANDARD));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Variation(
                        new BigDecimal("-0.2"), BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Variation(
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, new BigDecimal("1.5")));
    }

    /** The two maps a swing stands for, built without the engine's or the scenario's help. */
    private static List<Calculation> changedMaps(Calculation calculation, Swing swing) {
        BigDecimal rate = calculation.discountRate();
        boolean first = calculation.discountFirstYear();
        return switch (swing.assumption()) {
            case DISCOUNT_RATE ->
                List.of(
                        new Calculation(BigDecimal.ZERO, first, calculation.inputs(), calculation.outcomes()),
                        new Calculation(new BigDecimal("0.04"), first, calculation.inputs(), calculation.outcomes()));
            case FIRST_YEAR ->
                List.of(calculation, new Calculation(rate, !first, calculation.inputs(), calculation.outcomes()));
            case PROXY ->
                List.of(
                        withOutcome(
                                calculation,
                                swing.outcome(),
                                o -> withProxy(o, o.proxy().multiply(new BigDecimal("0.8")))),
                        withOutcome(
                                calculation,
                                swing.outcome(),
                                o -> withProxy(o, o.proxy().multiply(new BigDecimal("1.2")))));
            case DEADWEIGHT ->
                List.of(
                        withOutcome(
                                calculation, swing.outcome(), o -> withDeadweight(o, clamp(o.deadweight(), "-0.1"))),
                        withOutcome(
                                calculation, swing.outcome(), o -> withDeadweight(o, clamp(o.deadweight(), "0.1"))));
            case ATTRIBUTION ->
                List.of(
                        withOutcome(
                                calculation, swing.outcome(), o -> withAttribution(o, clamp(o.attribution(), "-0.1"))),
                        withOutcome(
                                calculation, swing.outcome(), o -> withAttribution(o, clamp(o.attribution(), "0.1"))));
            case DURATION ->
                List.of(
                        withOutcome(calculation, swing.outcome(), o -> withDuration(o, Math.max(1, o.duration() - 1))),
                        withOutcome(
                                calculation, swing.outcome(), o -> withDuration(o, Math.min(50, o.duration() + 1))));
        };
    }

    private static Calculation withOutcome(Calculation calculation, int index, UnaryOperator<Outcome> change) {
        List<Outcome> outcomes = new ArrayList<>(calculation.outcomes());
        outcomes.set(index, change.apply(outcomes.get(index)));
        return new Calculation(
                calculation.discountRate(), calculation.discountFirstYear(), calculation.inputs(), outcomes);
    }

    private static BigDecimal clamp(BigDecimal rate, String points) {
        return rate.add(new BigDecimal(points)).max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static Outcome withProxy(Outcome o, BigDecimal proxy) {
        return new Outcome(
                o.description(),
                o.stakeholder(),
                o.quantity(),
                proxy,
                o.deadweight(),
                o.displacement(),
                o.attribution(),
                o.dropOff(),
                o.duration(),
                o.startsAfterActivity());
    }

    private static Outcome withDeadweight(Outcome o, BigDecimal deadweight) {
        return new Outcome(
                o.description(),
                o.stakeholder(),
                o.quantity(),
                o.proxy(),
                deadweight,
                o.displacement(),
                o.attribution(),
                o.dropOff(),
                o.duration(),
                o.startsAfterActivity());
    }

    private static Outcome withAttribution(Outcome o, BigDecimal attribution) {
        return new Outcome(
                o.description(),
                o.stakeholder(),
                o.quantity(),
                o.proxy(),
                o.deadweight(),
                o.displacement(),
                attribution,
                o.dropOff(),
                o.duration(),
                o.startsAfterActivity());
    }

    private static Outcome withDuration(Outcome o, int duration) {
        return new Outcome(
                o.description(),
                o.stakeholder(),
                o.quantity(),
                o.proxy(),
                o.deadweight(),
                o.displacement(),
                o.attribution(),
                o.dropOff(),
                duration,
                o.startsAfterActivity());
    }

    private static Swing swing(Assumption assumption, Integer outcome, String low, String high) {
        return new Swing(assumption, outcome, amount(low), amount(high));
    }

    private static Swing find(Analysis analysis, Assumption assumption) {
        return analysis.swings().stream()
                .filter(swing -> swing.assumption() == assumption)
                .findFirst()
                .orElseThrow();
    }
}
