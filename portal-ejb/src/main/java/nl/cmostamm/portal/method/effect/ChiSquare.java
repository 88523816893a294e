package nl.cmostamm.portal.method.effect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Whether the answers to one choice question are distributed differently in two waves: Pearson's
 * chi-square test of homogeneity on the 2 × k table of the waves' counts per option. It says whether
 * the distributions differ beyond chance, not in which direction nor by how much; Cramér's V gives a
 * size between 0 (the same distribution) and 1.
 *
 * <p>The test leans on a large-sample approximation. When an expected count falls below 5 the p-value
 * is unreliable, so the result says so ({@link Homogeneity#expectedBelowFive()}). Cochran's own rule
 * tolerates up to a fifth of the cells below 5 if none is below 1; in a table of two waves and a few
 * options one cell is already a large share, so the flag takes the strict form: any cell. No
 * continuity correction is applied, also not to a 2 × 2 table (Yates' correction is known to be
 * overly conservative); a small table is flagged instead of corrected.
 *
 * <p>A multiple-choice question cannot be tested over its option counts: a respondent who chose three
 * options appears in three cells, so the cells are no longer independent observations, the table's
 * total is not the number of people, and the statistic no longer follows the chi-square
 * distribution. Such a question is tested {@link #choices per option} instead: a 2 × 2 table of the
 * respondents who answered the question in each wave, chose the option or did not, in which every
 * respondent counts once. With k options there are k tests, each at 5 %; the more options, the likelier
 * one of them differs by chance alone, so no single option's difference should carry much weight.
 */
public final class ChiSquare {

    /** Cochran's threshold for an expected count. */
    public static final double MINIMUM_EXPECTED = 5;

    private ChiSquare() {}

    /**
     * The test of one question's answers in two waves. When it cannot be computed (either wave has no
     * answers, or fewer than two options were chosen in the waves together) the degrees of freedom
     * are 0 and the statistic, p-value, Cramér's V and smallest expected count are NaN; see {@link
     * #isComputable()}.
     *
     * @param before the number of answers in the first wave
     * @param after the number of answers in the second wave
     * @param options the options tested: those chosen in at least one wave
     */
    public record Homogeneity(
            long before,
            long after,
            int options,
            double statistic,
            int degreesOfFreedom,
            double pValue,
            double cramersV,
            double smallestExpected,
            boolean expectedBelowFive)
            implements Serializable {

        static Homogeneity notComputable(long before, long after, int options) {
            return new Homogeneity(before, after, options, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, false);
        }

        /**
         * False when a wave has no answers or all answers fell on one option: then there is no
         * distribution to compare (in the second case both waves answered alike).
         */
        public boolean isComputable() {
            return degreesOfFreedom > 0;
        }
    }

    /** One option of a multiple-choice question in two waves, with its own 2 × 2 test. */
    public record Choice(
            int option, long chosenBefore, long answeredBefore, long chosenAfter, long answeredAfter, Homogeneity test)
            implements Serializable {

        /** The share of the first wave's respondents who chose this option, NaN when none answered. */
        public double shareBefore() {
            return answeredBefore == 0 ? Double.NaN : (double) chosenBefore / answeredBefore;
        }

        /** The share of the second wave's respondents who chose this option, NaN when none answered. */
        public double shareAfter() {
            return answeredAfter == 0 ? Double.NaN : (double) chosenAfter / answeredAfter;
        }
    }

    /**
     * The 2 × k test of homogeneity of a single-choice question (also Likert and yes/no): the counts
     * per option in each wave, in the same option order. Options chosen in neither wave are left out;
     * the degrees of freedom are the remaining options − 1.
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold a negative count
     */
    public static Homogeneity homogeneity(long[] before, long[] after) {
        if (before.length != after.length) {
            throw new IllegalArgumentException(
                    "the waves count " + before.length + " and " + after.length + " options");
        }
        long rowBefore = 0;
        long rowAfter = 0;
        List<long[]> columns = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (before[i] < 0 || after[i] < 0) {
                throw new IllegalArgumentException("negative count for option " + (i + 1));
            }
            rowBefore += before[i];
            rowAfter += after[i];
            if (before[i] + after[i] > 0) {
                columns.add(new long[] {before[i], after[i]});
            }
        }
        if (rowBefore == 0 || rowAfter == 0 || columns.size() < 2) {
            return Homogeneity.notComputable(rowBefore, rowAfter, columns.size());
        }
        double total = rowBefore + rowAfter;
        double statistic = 0;
        double smallestExpected = Double.POSITIVE_INFINITY;
        for (long[] column : columns) {
            double share = (column[0] + column[1]) / total;
            double expectedBefore = rowBefore * share;
            double expectedAfter = rowAfter * share;
            statistic += square(column[0] - expectedBefore) / expectedBefore
                    + square(column[1] - expectedAfter) / expectedAfter;
            smallestExpected = Math.min(smallestExpected, Math.min(expectedBefore, expectedAfter));
        }
        int df = columns.size() - 1;
        double p = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(statistic);
        // Cramér's V is √(χ² / (N · (min(rows, columns) − 1))); with two rows the minimum is 2
        double v = Math.sqrt(statistic / total);
        return new Homogeneity(
                rowBefore,
                rowAfter,
                columns.size(),
                statistic,
                df,
                p,
                v,
                smallestExpected,
                smallestExpected < MINIMUM_EXPECTED);
    }

    /**
     * The per-option tests of a multiple-choice question: how many respondents chose each option
     * (several per respondent allowed), out of the respondents who answered the question at all.
     *
     * @throws IllegalArgumentException when the arrays differ in length, or a count is negative or
     *     larger than the wave's number of respondents
     */
    public static List<Choice> choices(
            long[] chosenBefore, long answeredBefore, long[] chosenAfter, long answeredAfter) {
        if (chosenBefore.length != chosenAfter.length) {
            throw new IllegalArgumentException(
                    "the waves count " + chosenBefore.length + " and " + chosenAfter.length + " options");
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < chosenBefore.length; i++) {
            long a = chosenBefore[i];
            long b = chosenAfter[i];
            if (a < 0 || b < 0 || a > answeredBefore || b > answeredAfter) {
                throw new IllegalArgumentException(
                        "option " + (i + 1) + " was chosen by fewer than none or more than answered");
            }
            Homogeneity test = homogeneity(new long[] {a, answeredBefore - a}, new long[] {b, answeredAfter - b});
            choices.add(new Choice(i + 1, a, answeredBefore, b, answeredAfter, test));
        }
        return choices;
    }

    private static double square(double x) {
        return x * x;
    }
}
