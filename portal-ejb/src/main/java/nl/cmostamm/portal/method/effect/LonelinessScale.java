package nl.cmostamm.portal.method.effect;

import java.io.Serializable;
import java.util.Collection;
import java.util.function.Function;
import nl.cmostamm.portal.survey.Statistics.Sample;

/**
 * The six-item De Jong Gierveld loneliness scale (De Jong Gierveld &amp; Van Tilburg 2006, Research on
 * Aging 28(5)), as the survey template "Ervaren eenzaamheid" asks it: six single-choice questions
 * with the options 1 = "Ja", 2 = "Min of meer", 3 = "Nee". Items 1, 4 and 6 are the emotional,
 * negatively worded items: "Ja" and "Min of meer" each score 1. Items 2, 3 and 5 are the social,
 * positively worded items: "Nee" and "Min of meer" each score 1. So the neutral answer counts as
 * lonely on every item. The emotional and the social subscale run from 0 to 3, the total from 0 to 6.
 *
 * <p><b>Missing items</b> follow the SPSS syntax for the six-item scale in the authors' manual (De
 * Jong Gierveld &amp; Van Tilburg, <i>Manual of the Loneliness Scale</i>, 1999, updated online 2022,
 * section 8 "A short scale", home.fsw.vu.nl/TG.van.Tilburg/manual_loneliness_scale_1999.html): the
 * total is set to missing when more than one of the six items is missing ({@code if (mlones>1)
 * lones=-1}), each subscale when any of its three items is missing ({@code if (mlones>0)
 * lonesocs=-1}, likewise {@code loneemos}). The total of a respondent who skipped one item is the
 * count over the five answered items, without imputation, as the syntax's {@code count} does. (The
 * manual codes the answers in the other order, 1 = "no" to 3 = "yes", so its emotional keys (2,3)
 * and social keys (1,2) are this template's (2,1) and (2,3).)
 *
 * <p>The classes of the total, {@link Level}, are the manual's own (the same syntax: "not lonely
 * (0-1)", "moderate lonely (2-4)", "severe lonely (5-6)"), and Statistics Netherlands (CBS) reports
 * the six-item scale in them. The municipal health monitor (GGD/RIVM Gezondheidsmonitor) asks the
 * eleven-item scale instead, with classes 0–2, 3–8, 9–10 and 11 (RIVM, "Eenzaamheid:
 * verantwoording"); its percentages are not comparable with these.
 */
public final class LonelinessScale {

    /** The number of items. */
    public static final int ITEMS = 6;

    private static final int YES = 1;
    private static final int MORE_OR_LESS = 2;
    private static final int NO = 3;

    /**
     * The answer that scores 1 besides "Min of meer", by item (item 1 first): "Ja" on the emotional
     * items 1, 4 and 6, "Nee" on the social items 2, 3 and 5.
     */
    private static final int[] LONELY_ANSWER = {YES, NO, NO, YES, NO, YES};

    private static final int[] EMOTIONAL = {1, 4, 6};
    private static final int[] SOCIAL = {2, 3, 5};
    private static final int[] ALL = {1, 2, 3, 4, 5, 6};

    /**
     * The six statements as the template words them, in Dutch and English, item 1 first: how the
     * portal recognises the scale in a survey copied from the template.
     */
    public static final java.util.List<String> DUTCH_ITEMS = java.util.List.of(
            "Ik ervaar een leegte om me heen.",
            "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.",
            "Ik ken veel mensen op wie ik volledig kan vertrouwen.",
            "Ik mis mensen om me heen.",
            "Er zijn voldoende mensen met wie ik me nauw verbonden voel.",
            "Vaak voel ik me in de steek gelaten.");

    /** The manual's {@code if (mlones>1) lones=-1}: the total tolerates one missing item. */
    private static final int MISSING_ALLOWED_IN_TOTAL = 1;

    private LonelinessScale() {}

    /**
     * The classes of the total score, in the order of {@link #distribution}. Each constant names the
     * sentence the pages show for it.
     */
    public enum Level {

        /** Total 0 or 1: "Not lonely." */
        NOT_LONELY,

        /** Total 2 to 4: "Moderately lonely." */
        MODERATELY_LONELY,

        /** Total 5 or 6: "Severely lonely." */
        SEVERELY_LONELY;

        /**
         * The class of a total score.
         *
         * @throws IllegalArgumentException when the total is not between 0 and 6
         */
        public static Level of(int total) {
            if (total < 0 || total > ITEMS) {
                throw new IllegalArgumentException("a total of " + total + " is not on the scale");
            }
            if (total <= 1) {
                return NOT_LONELY;
            }
            return total <= 4 ? MODERATELY_LONELY : SEVERELY_LONELY;
        }
    }

    /**
     * One respondent's scores; each is null when too many of its items are missing (see the class
     * comment).
     *
     * @param emotional 0 to 3, or null when an emotional item is missing
     * @param social 0 to 3, or null when a social item is missing
     * @param total 0 to 6, or null when more than one item is missing
     */
    public record Score(Integer emotional, Integer social, Integer total) implements Serializable {

        /** The class of the total, or null when there is no total. */
        public Level level() {
            return total == null ? null : Level.of(total);
        }
    }

    /** The samples of the three scores of a wave, each over the respondents who have that score. */
    public record Samples(Sample total, Sample emotional, Sample social) implements Serializable {}

    /**
     * A respondent's scores from the six answers in the template's order, each 1 = "Ja",
     * 2 = "Min of meer", 3 = "Nee", or null when not answered.
     *
     * @throws IllegalArgumentException when there are not six answers or one is not 1, 2 or 3
     */
    public static Score score(Integer... answers) {
        if (answers.length != ITEMS) {
            throw new IllegalArgumentException("the scale has " + ITEMS + " items, not " + answers.length);
        }
        for (Integer answer : answers) {
            if (answer != null && (answer < YES || answer > NO)) {
                throw new IllegalArgumentException("an answer of " + answer + " is not an option");
            }
        }
        return new Score(
                count(answers, EMOTIONAL, 0), count(answers, SOCIAL, 0), count(answers, ALL, MISSING_ALLOWED_IN_TOTAL));
    }

    /**
     * The samples of the total, emotional and social scores of a wave, for {@link
     * nl.cmostamm.portal.survey.Statistics#welch} and {@link HedgesG#of}.
     */
    public static Samples samples(Collection<Score> scores) {
        return new Samples(
                sample(scores, Score::total), sample(scores, Score::emotional), sample(scores, Score::social));
    }

    /**
     * How many respondents of a wave fall in each {@link Level}, in the enum's order, for {@link
     * ChiSquare#homogeneity}; respondents without a total are left out.
     */
    public static long[] distribution(Collection<Score> scores) {
        long[] counts = new long[Level.values().length];
        for (Score score : scores) {
            if (score.total() != null) {
                counts[score.level().ordinal()]++;
            }
        }
        return counts;
    }

    /** The number of lonely answers to the items, or null when more of them are missing than allowed. */
    private static Integer count(Integer[] answers, int[] items, int missingAllowed) {
        int lonely = 0;
        int missing = 0;
        for (int item : items) {
            Integer answer = answers[item - 1];
            if (answer == null) {
                missing++;
            } else if (answer == MORE_OR_LESS || answer == LONELY_ANSWER[item - 1]) {
                lonely++;
            }
        }
        return missing > missingAllowed ? null : lonely;
    }

    private static Sample sample(Collection<Score> scores, Function<Score, Integer> score) {
        long n = 0;
        double sum = 0;
        double squares = 0;
        for (Score each : scores) {
            Integer value = score.apply(each);
            if (value != null) {
                n++;
                sum += value;
                squares += (double) value * value;
            }
        }
        return Sample.ofSums(n, sum, squares);
    }
}
