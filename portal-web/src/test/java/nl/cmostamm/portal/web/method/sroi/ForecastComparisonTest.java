package nl.cmostamm.portal.web.method.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.method.sroi.AnalysisKind;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.OutcomeEvidence;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiInput;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.SroiStakeholder;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.tenant.TenantOwned;
import org.junit.jupiter.api.Test;

/**
 * A forecast of two outcomes and the evaluation that measured one of them, dropped the other and
 * found a new one: three rows, each side valued by its own analysis. All figures at r = 0 and one
 * year, so value = quantity × proxy.
 */
class ForecastComparisonTest {

    @Test
    void eachOutcomeShowsWhatWasExpectedAndWhatWasMeasured() throws ReflectiveOperationException {
        SroiAnalysis forecast = analysis(AnalysisKind.FORECAST);
        SroiStakeholder guests = stakeholder(forecast);
        SroiOutcome lonely = outcome(forecast, guests, "Minder eenzaam", "20", 1L, null);
        SroiOutcome fit = outcome(forecast, guests, "Fitter", "10", 2L, null);
        SroiAnalysis evaluation = analysis(AnalysisKind.EVALUATIVE);
        SroiStakeholder measuredGuests = stakeholder(evaluation);
        SroiOutcome measured = outcome(evaluation, measuredGuests, "Minder eenzaam", "15", 11L, lonely);
        SroiOutcome found = outcome(evaluation, measuredGuests, "Nieuwe vrienden", "5", 12L, null);

        ForecastComparison comparison = ForecastComparison.of(
                Appraisal.of(map(forecast, guests, List.of(lonely, fit))),
                Appraisal.of(map(evaluation, measuredGuests, List.of(measured, found))));

        List<ForecastComparison.Row> rows = comparison.rows();
        assertEquals(3, rows.size());
        // 20 × € 100 expected, 15 × € 100 measured: € 500 less
        assertEquals(0, new BigDecimal("20").compareTo(rows.get(0).forecastQuantity()));
        assertEquals(0, new BigDecimal("15").compareTo(rows.get(0).quantity()));
        assertEquals(0, new BigDecimal("-500").compareTo(rows.get(0).difference()));
        assertEquals("Nieuwe vrienden", rows.get(1).description());
        assertNull(rows.get(1).forecastQuantity(), "not forecast");
        assertNull(rows.get(1).difference());
        assertEquals("Fitter", rows.get(2).description());
        assertNull(rows.get(2).quantity(), "not measured");
        assertEquals(0, new BigDecimal("1000").compareTo(rows.get(2).forecastValue()));
        // forecast 3.000 / 1.000 = 3; evaluation 2.000 / 1.000 = 2
        assertEquals(
                0, new BigDecimal("3").compareTo(comparison.forecastResult().ratio()));
        assertEquals(
                0, new BigDecimal("2").compareTo(comparison.evaluationResult().ratio()));
    }

    private static SroiAnalysis analysis(AnalysisKind kind) {
        SroiAnalysis analysis = new SroiAnalysis();
        analysis.setTitle(kind.name());
        analysis.setKind(kind);
        analysis.setPeriodStart(LocalDate.of(2025, 1, 1));
        analysis.setPeriodEnd(LocalDate.of(2025, 12, 31));
        analysis.setDiscountRate(BigDecimal.ZERO);
        return analysis;
    }

    private static SroiStakeholder stakeholder(SroiAnalysis analysis) {
        StakeholderGroup group = new StakeholderGroup();
        group.setName("Gasten");
        return new SroiStakeholder(analysis, group, 0);
    }

    private static SroiOutcome outcome(
            SroiAnalysis analysis, SroiStakeholder of, String name, String quantity, long id, SroiOutcome forecast)
            throws ReflectiveOperationException {
        SroiOutcome outcome = new SroiOutcome(analysis);
        Field field = TenantOwned.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(outcome, id);
        outcome.setStakeholder(of);
        outcome.setDescription(name);
        outcome.setEvidence(OutcomeEvidence.ESTIMATE);
        outcome.setEstimateSource("Telling");
        outcome.setQuantity(new BigDecimal(quantity));
        outcome.setDuration(1);
        outcome.setProxyDescription("Waarde");
        outcome.setProxyValue(new BigDecimal("100"));
        outcome.setProxySource("Bron");
        outcome.setForecastOutcome(forecast);
        return outcome;
    }

    private static ImpactMap map(SroiAnalysis analysis, SroiStakeholder stakeholder, List<SroiOutcome> outcomes) {
        SroiInput money = new SroiInput(analysis);
        money.setStakeholder(stakeholder);
        money.setKind(InputKind.MONEY);
        money.setDescription("Subsidie");
        money.setAmount(new BigDecimal("1000"));
        return new ImpactMap(analysis, List.of(stakeholder), List.of(money), List.of(), outcomes, List.of());
    }
}
