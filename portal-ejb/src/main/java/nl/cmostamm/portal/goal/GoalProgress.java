package nl.cmostamm.portal.goal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A goal on the overview: the goal and, per indicator, its values over time and its light. */
public record GoalProgress(Goal goal, List<IndicatorProgress> indicators) implements Serializable {

    /** One indicator's measured values in time order, the latest of them, and its traffic light. */
    public record IndicatorProgress(Indicator indicator, List<Point> points, Light light) implements Serializable {

        public Point latest() {
            return points.isEmpty() ? null : points.get(points.size() - 1);
        }
    }

    /** One measured value. */
    public record Point(long indicatorId, LocalDate periodStart, LocalDate periodEnd, BigDecimal value)
            implements Serializable {}
}
