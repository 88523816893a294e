package nl.cmostamm.portal.web.method.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.calculation.Result;

/**
 * An evaluation beside the forecast it started from: per outcome the quantity that was expected and
 * the one that was measured, the value of each and the difference; outcomes the forecast had and the
 * evaluation dropped, and new ones, are shown too. Each side is valued by its own analysis, with its
 * own settings, as each was reported.
 */
public record ForecastComparison(String forecastTitle, Result forecastResult, Result evaluationResult, List<Row> rows) {

    /** One outcome; a side that does not have it has nulls. */
    public record Row(
            String description,
            String stakeholder,
            BigDecimal forecastQuantity,
            BigDecimal quantity,
            BigDecimal forecastValue,
            BigDecimal value) {

        /** Measured minus forecast value; null when one side is missing or not calculable. */
        public BigDecimal difference() {
            return forecastValue == null || value == null ? null : value.subtract(forecastValue);
        }
    }

    static ForecastComparison of(Appraisal forecast, Appraisal evaluation) {
        List<SroiOutcome> planned = forecast.map().outcomes();
        List<Row> rows = new ArrayList<>();
        Set<Long> measured = new HashSet<>();
        List<SroiOutcome> outcomes = evaluation.map().outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            SroiOutcome o = outcomes.get(i);
            SroiOutcome f = o.getForecastOutcome();
            int plannedIndex = f == null ? -1 : indexOf(planned, f.getId());
            if (plannedIndex >= 0) {
                measured.add(f.getId());
            }
            rows.add(new Row(
                    o.getDescription(),
                    o.getStakeholder().getGroup().getName(),
                    plannedIndex < 0 ? null : planned.get(plannedIndex).getQuantity(),
                    o.getQuantity(),
                    plannedIndex < 0 ? null : value(forecast.result(), plannedIndex),
                    value(evaluation.result(), i)));
        }
        for (int i = 0; i < planned.size(); i++) {
            SroiOutcome f = planned.get(i);
            if (!measured.contains(f.getId())) {
                rows.add(new Row(
                        f.getDescription(),
                        f.getStakeholder().getGroup().getName(),
                        f.getQuantity(),
                        null,
                        value(forecast.result(), i),
                        null));
            }
        }
        return new ForecastComparison(
                forecast.map().analysis().getTitle(), forecast.result(), evaluation.result(), rows);
    }

    private static int indexOf(List<SroiOutcome> outcomes, long id) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static BigDecimal value(Result result, int index) {
        return result == null ? null : result.outcomes().get(index).presentValue();
    }
}
