package nl.cmostamm.portal.method.sroi;

import java.math.BigDecimal;
import java.util.List;
import nl.cmostamm.portal.method.sroi.calculation.Calculation;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity;
import nl.cmostamm.portal.method.sroi.calculation.SroiEngine;

/**
 * An analysis with all its parts, read in a fixed number of queries, and what the engine makes of
 * it. The stakeholders, inputs and outcomes are in their order on the map.
 */
public record ImpactMap(
        SroiAnalysis analysis,
        List<SroiStakeholder> stakeholders,
        List<SroiInput> inputs,
        List<OutputFigure> outputs,
        List<SroiOutcome> outcomes,
        List<SroiScenario> scenarios) {

    /**
     * One output indicator in the analysis' period: the sum and the last of its measurements that
     * lie in it, and how many there were (none: shown as such, never as zero).
     */
    public record OutputFigure(
            long indicatorId, String name, String unit, BigDecimal total, BigDecimal latest, long measurements)
            implements java.io.Serializable {}

    /** The map as the engine reads it, inputs and outcomes in their order. */
    public Calculation calculation() {
        return new Calculation(
                analysis.getDiscountRate(),
                analysis.isDiscountFirstYear(),
                inputs.stream()
                        .map(i -> new Calculation.Input(
                                i.getDescription(),
                                i.getStakeholder().getGroup().getName(),
                                i.value()))
                        .toList(),
                outcomes.stream().map(ImpactMap::line).toList());
    }

    static Calculation.Outcome line(SroiOutcome o) {
        return new Calculation.Outcome(
                o.getDescription(),
                o.getStakeholder().getGroup().getName(),
                o.getQuantity(),
                o.getProxyValue(),
                o.getDeadweight(),
                o.getDisplacement(),
                o.getAttribution(),
                o.getDropOff(),
                o.getDuration(),
                o.isStartsAfter());
    }

    /** Why the map cannot be calculated yet; empty when it can. */
    public List<Problem> problems() {
        return calculation().problems();
    }

    /** The result, or null while {@link #problems()} is not empty. */
    public Result result() {
        Calculation calculation = calculation();
        return calculation.problems().isEmpty() ? SroiEngine.calculate(calculation) : null;
    }

    /** The sensitivity analysis with this analysis' variation, or null while it cannot be calculated. */
    public Sensitivity.Analysis sensitivity() {
        Calculation calculation = calculation();
        return calculation.problems().isEmpty() ? Sensitivity.of(calculation, analysis.variation()) : null;
    }
}
