package nl.cmostamm.portal.web.method.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.SroiInput;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.SroiStakeholder;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity;

/**
 * An impact map with what the engine makes of it, worked out once per request: the result and the
 * sensitivity analysis (both null while the map cannot be calculated, with the problems saying why),
 * and the map per stakeholder with what each put in and the value of its outcomes.
 */
public record Appraisal(
        ImpactMap map,
        List<Problem> problems,
        Result result,
        Sensitivity.Analysis sensitivity,
        List<Section> sections) {

    /** One stakeholder's part of the map: its inputs and outcomes with their totals. */
    public record Section(
            SroiStakeholder stakeholder,
            List<SroiInput> inputs,
            List<SroiOutcome> outcomes,
            List<Result.OutcomeValue> values,
            BigDecimal inputTotal,
            BigDecimal presentValue) {}

    public static Appraisal of(ImpactMap map) {
        List<Problem> problems = map.problems();
        Result result = problems.isEmpty() ? map.result() : null;
        Sensitivity.Analysis sensitivity = problems.isEmpty() ? map.sensitivity() : null;
        Map<SroiStakeholder, List<SroiInput>> inputs = new LinkedHashMap<>();
        Map<SroiStakeholder, List<SroiOutcome>> outcomes = new LinkedHashMap<>();
        Map<SroiStakeholder, List<Result.OutcomeValue>> values = new LinkedHashMap<>();
        for (SroiStakeholder s : map.stakeholders()) {
            inputs.put(s, new ArrayList<>());
            outcomes.put(s, new ArrayList<>());
            values.put(s, new ArrayList<>());
        }
        map.inputs().forEach(i -> inputs.get(i.getStakeholder()).add(i));
        for (int i = 0; i < map.outcomes().size(); i++) {
            SroiOutcome outcome = map.outcomes().get(i);
            outcomes.get(outcome.getStakeholder()).add(outcome);
            if (result != null) {
                values.get(outcome.getStakeholder()).add(result.outcomes().get(i));
            }
        }
        List<Section> sections = map.stakeholders().stream()
                .map(s -> new Section(
                        s,
                        inputs.get(s),
                        outcomes.get(s),
                        values.get(s),
                        inputs.get(s).stream().map(SroiInput::value).reduce(BigDecimal.ZERO, BigDecimal::add),
                        result == null
                                ? null
                                : values.get(s).stream()
                                        .map(Result.OutcomeValue::presentValue)
                                        .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        return new Appraisal(map, problems, result, sensitivity, sections);
    }

    public boolean calculable() {
        return result != null;
    }
}
