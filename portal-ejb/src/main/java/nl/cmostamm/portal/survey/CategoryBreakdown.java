package nl.cmostamm.portal.survey;

import java.io.Serializable;
import java.util.List;

/**
 * A case-closure wave's answers by the help category of the closed requests: per category how
 * many responded, and per choice or scored question each category's distribution and mean.
 *
 * <p>Small numbers are withheld. A category's row for a question that fewer than
 * {@link #MIN_ANSWERS} of its respondents answered keeps its n and nothing else: the board knows
 * whose requests it closed, so the answers of one or two clients of a category would be theirs to
 * read, and two answers say too little to compare categories on. The rule is in the record itself
 * (see {@link Row}), so whoever reads a breakdown, the withheld figures are not in it.
 *
 * <p>The wave's own results show every question's distribution over all respondents, so a single
 * withheld row could be worked out by subtracting the rows shown from that total. When only one
 * row of a question is withheld, the smallest row shown is withheld with it ({@link
 * QuestionRows#of}): then the total gives away only what the two have together.
 */
public record CategoryBreakdown(List<Category> categories, List<QuestionRows> questions) implements Serializable {

    /** The fewest answers whose distribution and mean are shown; below it a row shows only its n. */
    public static final int MIN_ANSWERS = 5;

    public static final CategoryBreakdown EMPTY = new CategoryBreakdown(List.of(), List.of());

    /**
     * A help category of the initiative's logbook and how many of the wave's respondents came from
     * it; id and name are null for the responses without one (a deleted category leaves its
     * responses without one).
     */
    public record Category(Long id, String name, long responses) implements Serializable {

        /** Whether too few responded for any figure of this category beyond its n. */
        public boolean isWithheld() {
            return responses < MIN_ANSWERS;
        }
    }

    /**
     * A question with its option labels (yes and no for a yes/no question, none for a number) and
     * one row per category, in the order of {@link CategoryBreakdown#categories()}.
     */
    public record QuestionRows(Question question, List<String> options, List<Row> rows) implements Serializable {

        /** The rows of a question, with a second row withheld when one alone would be. */
        public static QuestionRows of(Question question, List<String> options, List<Row> rows) {
            List<Row> answering = rows.stream().filter(r -> r.answered() > 0).toList();
            if (answering.stream().filter(Row::isWithheld).count() != 1) {
                return new QuestionRows(question, options, rows);
            }
            Row smallest = answering.stream()
                    .filter(r -> !r.isWithheld())
                    .min(java.util.Comparator.comparingLong(Row::answered))
                    .orElse(null);
            return new QuestionRows(
                    question,
                    options,
                    rows.stream()
                            .map(r -> r == smallest
                                    ? new Row(r.category(), r.answered(), r.distribution(), r.sample(), true)
                                    : r)
                            .toList());
        }
    }

    /**
     * One category's answers to one question: how many answered, per option how many chose it and
     * their share of those who answered, and the sample of the mean (empty for a question without
     * one). Under {@link #MIN_ANSWERS} answers, or when {@code protecting} another small row, the
     * distribution and the sample are dropped here.
     */
    public record Row(
            Category category,
            long answered,
            List<QuestionResult.Bar> distribution,
            Statistics.Sample sample,
            boolean protecting)
            implements Serializable {

        public Row {
            if (answered < MIN_ANSWERS || protecting) {
                distribution = List.of();
                sample = Statistics.Sample.EMPTY;
            }
        }

        public Row(Category category, long answered, List<QuestionResult.Bar> distribution, Statistics.Sample sample) {
            this(category, answered, distribution, sample, false);
        }

        public boolean isWithheld() {
            return answered < MIN_ANSWERS || protecting;
        }

        public boolean hasMean() {
            return sample.n() > 0;
        }
    }
}
