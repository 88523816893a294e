package nl.cmostamm.portal.method.effect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.cmostamm.portal.method.effect.ChiSquare.Choice;
import nl.cmostamm.portal.method.effect.LonelinessScale.Samples;
import nl.cmostamm.portal.method.effect.LonelinessScale.Score;
import nl.cmostamm.portal.survey.Statistics;
import nl.cmostamm.portal.survey.Statistics.Difference;
import nl.cmostamm.portal.survey.Statistics.Sample;
import org.junit.jupiter.api.Test;

class ReadingTest {

    private static final Sample TEN = new Sample(10, 3, 1);
    private static final Sample NINE = new Sample(9, 3, 1);

    @Test
    void aMeanDifferenceIsReadFromItsInterval() {
        assertEquals(Reading.HIGHER, Reading.of(TEN, TEN, new Difference(0.8, 0.1, 1.5, 17)));
        assertEquals(Reading.LOWER, Reading.of(TEN, TEN, new Difference(-0.8, -1.5, -0.1, 17)));
        assertEquals(Reading.NO_CLEAR_DIFFERENCE, Reading.of(TEN, TEN, new Difference(0.8, -0.1, 1.7, 17)));
        // an interval that touches zero does not exclude it
        assertEquals(Reading.NO_CLEAR_DIFFERENCE, Reading.of(TEN, TEN, new Difference(0.7, 0, 1.4, 17)));
    }

    @Test
    void fewerThanTenAnswersInAWaveAreTooFewWhateverTheInterval() {
        Difference clear = new Difference(0.8, 0.1, 1.5, 17);

        assertEquals(Reading.TOO_FEW, Reading.of(NINE, TEN, clear));
        assertEquals(Reading.TOO_FEW, Reading.of(TEN, NINE, clear));
        assertEquals(Reading.TOO_FEW, Reading.of(TEN, TEN, null));
    }

    /** The hand-worked table of {@link ChiSquareTest}: p = 0.0695, not below 0.05. */
    @Test
    void aDistributionWithinChanceShowsNoClearDifference() {
        assertEquals(
                Reading.NO_CLEAR_DIFFERENCE,
                Reading.of(ChiSquare.homogeneity(new long[] {30, 20, 10}, new long[] {20, 20, 20})));
    }

    /** Twice the hand-worked table: χ² doubles to 10.667, p = e^(−16/3) = 0.0048. */
    @Test
    void aDistributionBeyondChanceIsDifferentWithoutDirection() {
        ChiSquare.Homogeneity test = ChiSquare.homogeneity(new long[] {60, 40, 20}, new long[] {40, 40, 40});

        assertEquals(Math.exp(-16.0 / 3), test.pValue(), 1e-9);
        assertEquals(Reading.DIFFERENT, Reading.of(test));
    }

    @Test
    void aDistributionIsReadOnlyWhenItCanBeTrusted() {
        // ten answers in each wave, but expected counts of 5, 1.5 and 3.5
        assertEquals(
                Reading.TOO_FEW_PER_OPTION,
                Reading.of(ChiSquare.homogeneity(new long[] {3, 1, 6}, new long[] {7, 2, 1})));
        // nine answers before
        assertEquals(Reading.TOO_FEW, Reading.of(ChiSquare.homogeneity(new long[] {9, 0, 0}, new long[] {0, 0, 20})));
        // no answers before
        assertEquals(Reading.TOO_FEW, Reading.of(ChiSquare.homogeneity(new long[] {0, 0, 0}, new long[] {5, 5, 5})));
        // everyone gave the same answer in both waves: nothing to test, and nothing changed
        assertEquals(
                Reading.NO_CLEAR_DIFFERENCE,
                Reading.of(ChiSquare.homogeneity(new long[] {0, 12, 0}, new long[] {0, 15, 0})));
    }

    /** The options of {@link ChiSquareTest#aMultipleChoiceQuestionIsTestedPerOption()}. */
    @Test
    void anOptionOfAMultipleChoiceQuestionHasADirection() {
        List<Choice> choices = ChiSquare.choices(new long[] {10, 30, 20}, 40, new long[] {30, 35, 25}, 50);
        List<Choice> reversed = ChiSquare.choices(new long[] {30, 35, 25}, 50, new long[] {10, 30, 20}, 40);

        // 25 % before, 60 % after, p = 0.0009
        assertEquals(Reading.HIGHER, Reading.of(choices.get(0)));
        assertEquals(Reading.LOWER, Reading.of(reversed.get(0)));
        // 75 % and 70 %, p = 0.60
        assertEquals(Reading.NO_CLEAR_DIFFERENCE, Reading.of(choices.get(1)));
        assertEquals(
                Reading.TOO_FEW,
                Reading.of(
                        ChiSquare.choices(new long[] {1}, 9, new long[] {8}, 10).get(0)));
    }

    /**
     * Two waves of twelve on the loneliness scale. Before: ten answered "Min of meer" throughout
     * (total 6), two scored 4. After: ten scored 0, the same two 4. Totals before 6 × 10 and 4 × 2:
     * mean 68/12 = 5.6667, variance (10 · (1/3)² + 2 · (5/3)²) / 11 = (60/9) / 11 = 0.60606; after the
     * mirror image, mean 8/12 = 0.6667 with the same variance. The difference is −5, with SE
     * √(2 · 0.60606 / 12) = 0.3178: Welch reads LOWER, and g is far beyond 0.8. But the classes are
     * 0, 2, 10 against 10, 2, 0: the middle column's expected counts are 2, so the distribution
     * cannot be tested reliably. The mean still can: the two readings answer different questions.
     */
    @Test
    void twoWavesOfTheLonelinessScale() {
        List<Score> before =
                wave(10, LonelinessScale.score(2, 2, 2, 2, 2, 2), 2, LonelinessScale.score(1, 3, 3, 1, 1, 3));
        List<Score> after =
                wave(10, LonelinessScale.score(3, 1, 1, 3, 1, 3), 2, LonelinessScale.score(1, 3, 3, 1, 1, 3));
        Samples a = LonelinessScale.samples(before);
        Samples b = LonelinessScale.samples(after);

        assertEquals(68.0 / 12, a.total().mean(), 1e-12);
        assertEquals(60.0 / 9 / 11, a.total().variance(), 1e-12);
        Difference difference = Statistics.welch(a.total(), b.total(), 0.95);
        assertEquals(-5, difference.estimate(), 1e-12);
        assertEquals(Reading.LOWER, Reading.of(a.total(), b.total(), difference));
        HedgesG effect = HedgesG.of(a.total(), b.total(), 0.95);
        assertTrue(effect.g() < -0.8);
        assertEquals(Magnitude.LARGE, effect.magnitude());

        long[] classesBefore = LonelinessScale.distribution(before);
        long[] classesAfter = LonelinessScale.distribution(after);
        assertArrayEquals(new long[] {0, 2, 10}, classesBefore);
        assertArrayEquals(new long[] {10, 2, 0}, classesAfter);
        ChiSquare.Homogeneity classes = ChiSquare.homogeneity(classesBefore, classesAfter);
        assertEquals(2, classes.smallestExpected(), 1e-12);
        assertEquals(Reading.TOO_FEW_PER_OPTION, Reading.of(classes));
    }

    private static List<Score> wave(int times, Score score, int otherTimes, Score other) {
        List<Score> wave = new ArrayList<>(Collections.nCopies(times, score));
        wave.addAll(Collections.nCopies(otherTimes, other));
        return wave;
    }
}
