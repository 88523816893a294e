package nl.cmostamm.portal.method.effect;

import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.survey.Statistics;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.survey.WaveContrast;

/**
 * An effect with what its wave comparisons show, computed from the anonymous answers when read:
 * per question the means and their difference with Welch's 95 % interval and Hedges' g, or the
 * distributions with a chi-square test, and for the De Jong Gierveld scale the scored totals and
 * subscales. Each figure carries its {@link Reading}.
 */
public record EffectReport(Effect effect, List<Compared> comparisons) implements Serializable {

    /** One pair of waves and what it shows. */
    public record Compared(
            EffectComparison comparison,
            Wave before,
            Wave after,
            long responsesBefore,
            long responsesAfter,
            List<QuestionEffect> questions,
            ScaleEffect scale)
            implements Serializable {

        /**
         * The figures a summary leads with: the scale's total when the survey holds the loneliness
         * scale, else every scored question's difference.
         */
        public List<Scored> headline() {
            if (scale != null) {
                return List.of(scale.total());
            }
            return questions.stream()
                    .filter(q -> q.scored() != null)
                    .map(QuestionEffect::scored)
                    .toList();
        }
    }

    /**
     * One question: a difference of means for a scored question, distributions for a choice
     * question (a Likert or yes/no question has both), per option for a multiple-choice question.
     */
    public record QuestionEffect(
            WaveContrast contrast,
            Scored scored,
            ChiSquare.Homogeneity distribution,
            Reading distributionReading,
            List<OptionEffect> options)
            implements Serializable {

        /** The question's text. */
        public String label() {
            return contrast.question().getContent().getText();
        }
    }

    /** One option of a multiple-choice question with its share in both waves. */
    public record OptionEffect(String label, ChiSquare.Choice test, Reading reading) implements Serializable {}

    /**
     * A mean in two waves: what it is of (a question's text as typed, or for the loneliness scale the
     * bundle key of the score's name), both samples, the difference {@code after − before} with its
     * interval (null with fewer than two answers in a wave), Hedges' g (null when not computable)
     * and the reading; {@code share} for a yes/no question, whose mean is the share saying yes.
     */
    public record Scored(
            String label,
            String labelKey,
            boolean share,
            Statistics.Sample before,
            Statistics.Sample after,
            Statistics.Difference difference,
            HedgesG g,
            Reading reading)
            implements Serializable {}

    /**
     * The loneliness scale in two waves: how many respondents could be scored and how many not
     * (too many items missing), the total, emotional and social scores compared, and the
     * distribution over the three classes with its test.
     */
    public record ScaleEffect(
            long scoredBefore,
            long scoredAfter,
            long unscoredBefore,
            long unscoredAfter,
            Scored total,
            Scored emotional,
            Scored social,
            long[] levelsBefore,
            long[] levelsAfter,
            ChiSquare.Homogeneity levels,
            Reading levelsReading)
            implements Serializable {

        public List<Scored> scores() {
            return List.of(total, emotional, social);
        }
    }
}
