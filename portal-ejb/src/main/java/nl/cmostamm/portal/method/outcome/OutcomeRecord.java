package nl.cmostamm.portal.method.outcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.effect.EffectReport;
import nl.cmostamm.portal.method.narrative.ChosenStory;
import nl.cmostamm.portal.method.sroi.AnalysisStatus;
import nl.cmostamm.portal.method.toc.Confidence;

/**
 * The board's answer to "what do we achieve?": one row per outcome of its Theory of Change (or per
 * goal when it has none), each with the evidence of every method, and an empty list where a method
 * holds nothing for it yet.
 *
 * @param fromTheoryOfChange whether the rows are the ToC's outcomes (else the goals)
 */
public record OutcomeRecord(boolean fromTheoryOfChange, List<Row> rows) implements Serializable {

    /** How many outcomes the record has, and how many of them have evidence of at least one kind. */
    public record Coverage(int outcomes, int evidenced) implements Serializable {}

    /**
     * One outcome and its evidence.
     *
     * @param elementId the ToC element, or null for a goal row
     * @param goalId the goal, or null for a ToC row
     */
    public record Row(
            Long elementId,
            Long goalId,
            String title,
            String description,
            List<IndicatorEvidence> indicators,
            List<EffectEvidence> effects,
            List<ChosenStory> stories,
            List<SroiEvidence> sroi,
            List<LinkEvidence> links)
            implements Serializable {

        /** Whether some indicator has been measured: one never measured is a plan, not evidence. */
        public boolean hasMeasuredIndicator() {
            return indicators.stream().anyMatch(i -> i.latest() != null);
        }

        /** How many of the four methods' columns (indicators, survey effect, stories, SROI) hold evidence. */
        public int columnsWithEvidence() {
            return (hasMeasuredIndicator() ? 1 : 0)
                    + (effects.isEmpty() ? 0 : 1)
                    + (stories.isEmpty() ? 0 : 1)
                    + (sroi.isEmpty() ? 0 : 1);
        }
    }

    /** Which way an indicator's last two measurements went. */
    public enum Trend {
        UP,
        DOWN,
        FLAT,
        NONE
    }

    /**
     * An indicator with its latest value against its target, its light and its trend.
     *
     * @param latest null when nothing is measured yet
     * @param better whether the trend goes the way the indicator should (null with no trend)
     */
    public record IndicatorEvidence(
            long id,
            String name,
            String unit,
            BigDecimal latest,
            LocalDate latestPeriod,
            BigDecimal target,
            Light light,
            Trend trend,
            Boolean better,
            int measurements)
            implements Serializable {}

    /** One wave comparison of an effect and the figures it leads with. */
    public record EffectEvidence(
            long effectId,
            String effect,
            String survey,
            String before,
            String after,
            long responsesBefore,
            long responsesAfter,
            List<EffectReport.Scored> headline)
            implements Serializable {}

    /**
     * What an SROI analysis values an outcome at, shown by one of this row's indicators: its present
     * value as the map expects it, and in the cautious and the optimistic scenario.
     */
    public record SroiEvidence(
            long analysisId,
            String analysis,
            AnalysisStatus status,
            String outcome,
            BigDecimal value,
            BigDecimal low,
            BigDecimal high)
            implements Serializable {}

    /** A ToC link into or out of this outcome, with how sure the board is. */
    public record LinkEvidence(boolean incoming, String other, Confidence confidence, String assumption)
            implements Serializable {}
}
