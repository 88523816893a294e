package nl.cmostamm.portal.web.survey;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.cmostamm.portal.survey.Comparison;
import nl.cmostamm.portal.survey.QuestionType;

/**
 * The questions of a wave comparison that share one scale, with their own chart: like is compared
 * with like, on an axis that fits them (1 to 5, a yes share in percent, a number's own range).
 */
public record ComparisonGroup(Scale scale, String title, List<Comparison> comparisons, String chart, String chartBox)
        implements Serializable {

    /** Whether the means are shares of yes, shown as percentages. */
    public boolean share() {
        return scale.share();
    }

    /** The scale of a scored question: its kind and, for numbers, the range its author set. */
    public record Scale(QuestionType type, BigDecimal min, BigDecimal max) implements Serializable {

        static Scale of(Comparison comparison) {
            QuestionType type = comparison.question().getType();
            return switch (type) {
                case LIKERT -> new Scale(type, BigDecimal.ONE, BigDecimal.valueOf(QuestionType.LIKERT_STEPS));
                case NUMBER ->
                    new Scale(
                            type,
                            strip(comparison.question().getContent().getNumberMin()),
                            strip(comparison.question().getContent().getNumberMax()));
                default -> new Scale(type, null, null);
            };
        }

        public boolean share() {
            return type == QuestionType.YES_NO;
        }

        /** 10.00 and 10 are one range. */
        private static BigDecimal strip(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }
}
