package nl.cmostamm.portal.method.effect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.cmostamm.portal.method.effect.LonelinessScale.Level;
import nl.cmostamm.portal.method.effect.LonelinessScale.Samples;
import nl.cmostamm.portal.method.effect.LonelinessScale.Score;
import nl.cmostamm.portal.survey.Statistics.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers as in the template: 1 = "Ja", 2 = "Min of meer", 3 = "Nee"; items 1, 4, 6 emotional. */
class LonelinessScaleTest {

    private static final Integer J = 1;
    private static final Integer M = 2;
    private static final Integer N = 3;
    private static final Integer MISSING = null;

    /** "Nee" to the emotional items, "Ja" to the social ones: no loneliness at all. */
    private static final Integer[] NOT_LONELY = {N, J, J, N, J, N};

    @Test
    void theLeastAndTheMostLonelyAnswers() {
        assertEquals(new Score(0, 0, 0), LonelinessScale.score(NOT_LONELY));
        assertEquals(new Score(3, 3, 6), LonelinessScale.score(J, N, N, J, N, J));
    }

    /** "Min of meer" is the neutral answer, and it counts as lonely on every item. */
    @Test
    void moreOrLessCountsAsLonelyEverywhere() {
        assertEquals(new Score(3, 3, 6), LonelinessScale.score(M, M, M, M, M, M));
    }

    /** One item at a time changed from the not-lonely pattern: which answers score, and where. */
    @ParameterizedTest(name = "item {0} answered {1}: emotional {2}, social {3}")
    @CsvSource({
        "1, 1, 1, 0", "1, 2, 1, 0", "1, 3, 0, 0",
        "4, 1, 1, 0", "4, 2, 1, 0", "4, 3, 0, 0",
        "6, 1, 1, 0", "6, 2, 1, 0", "6, 3, 0, 0",
        "2, 1, 0, 0", "2, 2, 0, 1", "2, 3, 0, 1",
        "3, 1, 0, 0", "3, 2, 0, 1", "3, 3, 0, 1",
        "5, 1, 0, 0", "5, 2, 0, 1", "5, 3, 0, 1"
    })
    void eachItemIsKeyedByItsWording(int item, int answer, int emotional, int social) {
        Integer[] answers = NOT_LONELY.clone();
        answers[item - 1] = answer;

        assertEquals(new Score(emotional, social, emotional + social), LonelinessScale.score(answers));
    }

    /**
     * Over all 3⁶ = 729 complete answer patterns: each item has two lonely answers of three, so the
     * number of patterns with total t is C(6, t) · 2^t (1, 12, 60, 160, 240, 192, 64), and with
     * subscale score s it is C(3, s) · 2^s (1, 6, 12, 8) times the 3³ = 27 patterns of the other
     * subscale's items.
     */
    @Test
    void allCompletePatternsCountAsTheKeysPredict() {
        long[] totals = new long[7];
        long[] emotionals = new long[4];
        long[] socials = new long[4];
        long[] levels = new long[3];
        for (Integer[] answers : patterns(new Integer[] {J, M, N})) {
            Score score = LonelinessScale.score(answers);
            assertEquals(score.emotional() + score.social(), score.total());
            totals[score.total()]++;
            emotionals[score.emotional()]++;
            socials[score.social()]++;
            levels[score.level().ordinal()]++;
        }
        assertArrayEquals(new long[] {1, 12, 60, 160, 240, 192, 64}, totals);
        assertArrayEquals(new long[] {27, 162, 324, 216}, emotionals);
        assertArrayEquals(new long[] {27, 162, 324, 216}, socials);
        // 1 + 12 not lonely; 60 + 160 + 240 moderately; 192 + 64 severely
        assertArrayEquals(new long[] {13, 460, 256}, levels);
    }

    /** The manual: the total allows one missing item, counted over the five answered ones. */
    @Test
    void oneMissingItemLeavesTheTotalAndTheOtherSubscale() {
        // item 4 (emotional) missing; the other five all lonely
        assertEquals(new Score(null, 3, 5), LonelinessScale.score(J, N, N, MISSING, N, J));
        // item 2 (social) missing; the other five not lonely
        assertEquals(new Score(0, null, 0), LonelinessScale.score(N, MISSING, J, N, J, N));
    }

    @Test
    void twoMissingItemsLeaveNoTotal() {
        // both in the emotional subscale: the social one is still whole
        assertEquals(new Score(null, 3, null), LonelinessScale.score(MISSING, M, M, MISSING, M, M));
        // one in each subscale: nothing is left
        assertEquals(new Score(null, null, null), LonelinessScale.score(MISSING, MISSING, M, M, M, M));
        assertEquals(
                new Score(null, null, null),
                LonelinessScale.score(MISSING, MISSING, MISSING, MISSING, MISSING, MISSING));
    }

    /**
     * Over all 4⁶ = 4096 patterns with missing answers: the total exists exactly when at most one
     * item is missing, a subscale exactly when its three items are answered, and a total that exists
     * counts the lonely answers given.
     */
    @Test
    void allPatternsWithMissingItemsFollowTheManual() {
        for (Integer[] answers : patterns(new Integer[] {J, M, N, MISSING})) {
            Score score = LonelinessScale.score(answers);
            long missing = 0;
            for (Integer answer : answers) {
                if (answer == null) {
                    missing++;
                }
            }
            assertEquals(missing <= 1, score.total() != null, () -> Arrays.toString(answers));
            assertEquals(
                    answers[0] != null && answers[3] != null && answers[5] != null,
                    score.emotional() != null,
                    () -> Arrays.toString(answers));
            assertEquals(
                    answers[1] != null && answers[2] != null && answers[4] != null,
                    score.social() != null,
                    () -> Arrays.toString(answers));
            if (score.total() != null && score.emotional() != null && score.social() != null) {
                assertEquals(score.emotional() + score.social(), score.total());
            }
        }
    }

    @Test
    void answersOutsideTheOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LonelinessScale.score(0, 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> LonelinessScale.score(1, 1, 1, 1, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> LonelinessScale.score(1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> LonelinessScale.score(1, 1, 1, 1, 1, 1, 1));
    }

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({
        "0, NOT_LONELY",
        "1, NOT_LONELY",
        "2, MODERATELY_LONELY",
        "3, MODERATELY_LONELY",
        "4, MODERATELY_LONELY",
        "5, SEVERELY_LONELY",
        "6, SEVERELY_LONELY"
    })
    void theClassesOfTheTotal(int total, Level expected) {
        assertEquals(expected, Level.of(total));
    }

    @Test
    void totalsOffTheScaleHaveNoClass() {
        assertThrows(IllegalArgumentException.class, () -> Level.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Level.of(7));
        assertNull(new Score(null, 1, null).level());
    }

    /**
     * Six respondents:
     *
     * <pre>
     *   answers               emotional  social  total
     *   N J J N J N                0        0      0
     *   J J J J J N                2        0      2
     *   J N N J J N                2        2      4
     *   M M M M M M                3        3      6
     *   J - N J N J                3        -      5   (item 2 missing)
     *   - - J J J J                -        -      -   (two missing)
     * </pre>
     *
     * Totals 0, 2, 4, 6, 5: n 5, mean 17/5 = 3.4, variance (81 − 5 · 3.4²) / 4 = 23.2 / 4 = 5.8.
     * Emotional 0, 2, 2, 3, 3: n 5, mean 2, variance (26 − 20) / 4 = 1.5. Social 0, 0, 2, 3: n 4, mean
     * 1.25, variance (13 − 6.25) / 3 = 2.25. Classes: one not lonely (0), two moderately (2, 4), two
     * severely (6, 5); the sixth has no total.
     */
    @Test
    void aWaveOfScoresAsSamplesAndClasses() {
        List<Score> scores = List.of(
                LonelinessScale.score(N, J, J, N, J, N),
                LonelinessScale.score(J, J, J, J, J, N),
                LonelinessScale.score(J, N, N, J, J, N),
                LonelinessScale.score(M, M, M, M, M, M),
                LonelinessScale.score(J, MISSING, N, J, N, J),
                LonelinessScale.score(MISSING, MISSING, J, J, J, J));

        Samples samples = LonelinessScale.samples(scores);

        assertSample(5, 3.4, 5.8, samples.total());
        assertSample(5, 2, 1.5, samples.emotional());
        assertSample(4, 1.25, 2.25, samples.social());
        assertArrayEquals(new long[] {1, 2, 2}, LonelinessScale.distribution(scores));
    }

    @Test
    void aWaveWithoutScores() {
        Samples samples = LonelinessScale.samples(List.of(LonelinessScale.score(MISSING, MISSING, J, J, J, J)));

        assertEquals(Sample.EMPTY, samples.total());
        assertEquals(Sample.EMPTY, samples.emotional());
        assertEquals(Sample.EMPTY, samples.social());
        assertArrayEquals(new long[] {0, 0, 0}, LonelinessScale.distribution(List.of()));
    }

    private static void assertSample(long n, double mean, double variance, Sample sample) {
        assertEquals(n, sample.n());
        assertEquals(mean, sample.mean(), 1e-12);
        assertEquals(variance, sample.variance(), 1e-12);
    }

    /** Every six-answer pattern over the given answers. */
    private static List<Integer[]> patterns(Integer[] options) {
        List<Integer[]> patterns = new ArrayList<>();
        int count = (int) Math.pow(options.length, LonelinessScale.ITEMS);
        for (int code = 0; code < count; code++) {
            Integer[] answers = new Integer[LonelinessScale.ITEMS];
            int rest = code;
            for (int item = 0; item < answers.length; item++) {
                answers[item] = options[rest % options.length];
                rest /= options.length;
            }
            patterns.add(answers);
        }
        return patterns;
    }
}
