package nl.cmostamm.portal.survey;

import java.io.Serializable;
import java.util.List;

/**
 * What one wave's respondents answered to one question: how many answered, per option how many
 * chose it, the mean for scored questions, and the newest open answers.
 */
public record QuestionResult(
        Question question,
        long answered,
        List<Bar> distribution,
        Statistics.Sample sample,
        List<OpenAnswer> openAnswers,
        long openAnswerCount)
        implements Serializable {

    /** One option: its label, how many chose it, and their share of those who answered. */
    public record Bar(String label, long count, double percent) implements Serializable {}

    /** An open answer, by its id so that it can be saved as a story. */
    public record OpenAnswer(long id, String text) implements Serializable {}

    public boolean hasMean() {
        return question.getType().isScored() && sample.n() > 0;
    }
}
