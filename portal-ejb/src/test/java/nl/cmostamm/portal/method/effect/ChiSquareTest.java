package nl.cmostamm.portal.method.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cmostamm.portal.method.effect.ChiSquare.Choice;
import nl.cmostamm.portal.method.effect.ChiSquare.Homogeneity;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Every table below was worked out by hand; the comments show the working. */
class ChiSquareTest {

    /**
     * Before 30, 20, 10 (60 answers); after 20, 20, 20 (60). Column totals 50, 40, 30 of N = 120, and
     * both rows hold half of N, so each expected count is half its column total: 25, 20, 15 in both
     * rows.
     *
     * <pre>
     * before: (30 − 25)²/25 = 1    (20 − 20)²/20 = 0    (10 − 15)²/15 = 5/3
     * after:  (20 − 25)²/25 = 1    (20 − 20)²/20 = 0    (20 − 15)²/15 = 5/3
     * χ² = 2 + 10/3 = 16/3 = 5.3333, df = (2 − 1)(3 − 1) = 2
     * </pre>
     *
     * With two degrees of freedom the chi-square tail is exactly e^(−χ²/2), so p = e^(−8/3) =
     * 0.069483. Cramér's V = √(χ² / (N · 1)) = √(5.3333/120) = 0.210819. The smallest expected count
     * is 15.
     */
    @Test
    void aTwoByThreeTableAsWorkedByHand() {
        Homogeneity test = ChiSquare.homogeneity(new long[] {30, 20, 10}, new long[] {20, 20, 20});

        assertTrue(test.isComputable());
        assertEquals(60, test.before());
        assertEquals(60, test.after());
        assertEquals(3, test.options());
        assertEquals(16.0 / 3, test.statistic(), 1e-12);
        assertEquals(2, test.degreesOfFreedom());
        assertEquals(Math.exp(-8.0 / 3), test.pValue(), 1e-9);
        assertEquals(0.069483, test.pValue(), 5e-7);
        assertEquals(0.210819, test.cramersV(), 5e-7);
        assertEquals(15, test.smallestExpected(), 1e-12);
        assertFalse(test.expectedBelowFive());
    }

    /** A second source: commons-math's own contingency-table test gives the same statistic and p. */
    @Test
    void agreesWithTheContingencyTableTestOfCommonsMath() {
        long[] before = {12, 7, 31, 4, 9};
        long[] after = {20, 5, 18, 11, 13};
        Homogeneity test = ChiSquare.homogeneity(before, after);
        var reference = new org.apache.commons.math3.stat.inference.ChiSquareTest();
        long[][] table = {before, after};

        assertEquals(reference.chiSquare(table), test.statistic(), 1e-9);
        assertEquals(reference.chiSquareTest(table), test.pValue(), 1e-9);
        assertEquals(4, test.degreesOfFreedom());
    }

    /** The p-value of a known critical value: tables give 5.991 at df 2 and 3.841 at df 1 for 5 %. */
    @Test
    void criticalValuesFromTheTablesGiveFivePercent() {
        assertEquals(0.05, 1 - new ChiSquaredDistribution(null, 2).cumulativeProbability(5.991), 5e-5);
        assertEquals(0.05, 1 - new ChiSquaredDistribution(null, 1).cumulativeProbability(3.841), 5e-5);
        // and the test's own p-value for the statistic 5.991 at df 2, e^(−5.991/2) = 0.05001
        assertEquals(Math.exp(-5.991 / 2), 1 - new ChiSquaredDistribution(null, 2).cumulativeProbability(5.991), 1e-9);
    }

    /**
     * Before 3, 1, 6; after 7, 2, 1; each row 10 of N = 20, so the expected counts are half the
     * column totals 10, 3, 7: 5, 1.5, 3.5. Five of the six cells are below 5.
     */
    @Test
    void anExpectedCountBelowFiveIsFlagged() {
        Homogeneity test = ChiSquare.homogeneity(new long[] {3, 1, 6}, new long[] {7, 2, 1});

        assertTrue(test.isComputable());
        assertEquals(1.5, test.smallestExpected(), 1e-12);
        assertTrue(test.expectedBelowFive());
    }

    /** Expected counts of exactly 5 are not below 5: the same distributions give χ² = 0 and p = 1. */
    @Test
    void anExpectedCountOfFiveIsNotFlagged() {
        Homogeneity test = ChiSquare.homogeneity(new long[] {5, 5}, new long[] {5, 5});

        assertEquals(5, test.smallestExpected(), 1e-12);
        assertFalse(test.expectedBelowFive());
        assertEquals(0, test.statistic(), 1e-12);
        assertEquals(1, test.pValue(), 1e-12);
        assertEquals(0, test.cramersV(), 1e-12);
    }

    /** Options chosen in neither wave are left out: the hand-worked table again, with two empty ones. */
    @Test
    void optionsChosenInNeitherWaveAreLeftOut() {
        Homogeneity test = ChiSquare.homogeneity(new long[] {0, 30, 20, 10, 0}, new long[] {0, 20, 20, 20, 0});

        assertEquals(3, test.options());
        assertEquals(2, test.degreesOfFreedom());
        assertEquals(16.0 / 3, test.statistic(), 1e-12);
        assertEquals(15, test.smallestExpected(), 1e-12);
    }

    @Test
    void aWaveWithoutAnswersCannotBeTested() {
        Homogeneity test = ChiSquare.homogeneity(new long[] {0, 0, 0}, new long[] {4, 5, 6});

        assertFalse(test.isComputable());
        assertEquals(0, test.before());
        assertEquals(15, test.after());
        assertEquals(0, test.degreesOfFreedom());
        assertTrue(Double.isNaN(test.statistic()));
        assertTrue(Double.isNaN(test.pValue()));
        assertTrue(Double.isNaN(test.cramersV()));
        assertFalse(test.expectedBelowFive());
    }

    @Test
    void answersOnOneOptionOnlyCannotBeTested() {
        Homogeneity test = ChiSquare.homogeneity(new long[] {0, 12, 0}, new long[] {0, 15, 0});

        assertFalse(test.isComputable());
        assertEquals(1, test.options());
        assertTrue(Double.isNaN(test.pValue()));
    }

    @Test
    void tablesOfDifferentWidthOrWithNegativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.homogeneity(new long[] {1, 2}, new long[] {1}));
        assertThrows(
                IllegalArgumentException.class, () -> ChiSquare.homogeneity(new long[] {1, -2}, new long[] {1, 2}));
    }

    /**
     * A multiple-choice question, answered by 40 respondents before and 50 after; the options were
     * chosen 10, 30 and 20 times before (60 choices by 40 people) and 30, 35 and 25 times after.
     * Each option gets its own 2 × 2 table, chosen / not chosen per wave; for a 2 × 2 table
     * χ² = N (ad − bc)² / (row1 · row2 · col1 · col2).
     *
     * <pre>
     * option 1: [10 30; 30 20], N = 90, rows 40, 50, columns 40, 50
     *           χ² = 90 (10·20 − 30·30)² / (40·50·40·50) = 90 · 490000 / 4000000 = 11.025
     *           expected: 40·40/90 = 17.78, 40·50/90 = 22.22, 50·40/90 = 22.22, 50·50/90 = 27.78
     * option 2: [30 10; 35 15], columns 65, 25
     *           χ² = 90 (30·15 − 10·35)² / (40·50·65·25) = 900000 / 3250000 = 0.276923
     *           smallest expected 40·25/90 = 11.11
     * option 3: [20 20; 25 25]: the same share (one half) in both waves, χ² = 0, p = 1
     * </pre>
     *
     * With one degree of freedom χ² is the square of a standard normal, so p = 2 (1 − Φ(√χ²)): the
     * second source for these p-values.
     */
    @Test
    void aMultipleChoiceQuestionIsTestedPerOption() {
        List<Choice> choices = ChiSquare.choices(new long[] {10, 30, 20}, 40, new long[] {30, 35, 25}, 50);
        NormalDistribution normal = new NormalDistribution(null, 0, 1);

        assertEquals(3, choices.size());
        Choice first = choices.get(0);
        assertEquals(1, first.option());
        assertEquals(0.25, first.shareBefore(), 1e-12);
        assertEquals(0.6, first.shareAfter(), 1e-12);
        assertEquals(11.025, first.test().statistic(), 1e-9);
        assertEquals(1, first.test().degreesOfFreedom());
        assertEquals(
                2 * (1 - normal.cumulativeProbability(Math.sqrt(11.025))),
                first.test().pValue(),
                1e-9);
        assertEquals(0.000899, first.test().pValue(), 5e-6);
        assertEquals(40 * 40 / 90.0, first.test().smallestExpected(), 1e-9);
        assertFalse(first.test().expectedBelowFive());
        // for a 2 × 2 table Cramér's V is |φ| = √(χ² / N)
        assertEquals(Math.sqrt(11.025 / 90), first.test().cramersV(), 1e-12);

        Choice second = choices.get(1);
        assertEquals(0.276923, second.test().statistic(), 5e-7);
        assertEquals(
                2 * (1 - normal.cumulativeProbability(Math.sqrt(0.276923076923))),
                second.test().pValue(),
                1e-9);
        assertEquals(40 * 25 / 90.0, second.test().smallestExpected(), 1e-9);

        Choice third = choices.get(2);
        assertEquals(0, third.test().statistic(), 1e-12);
        assertEquals(1, third.test().pValue(), 1e-12);
    }

    /** Two respondents of ten chose the option before, three of twelve after: expected counts below 5. */
    @Test
    void aRarelyChosenOptionIsFlagged() {
        Choice choice =
                ChiSquare.choices(new long[] {2}, 10, new long[] {3}, 12).get(0);

        // chosen column 5 of N = 22: expected 10·5/22 = 2.27 and 12·5/22 = 2.73
        assertEquals(50 / 22.0, choice.test().smallestExpected(), 1e-12);
        assertTrue(choice.test().expectedBelowFive());
    }

    /** An option nobody chose, or everybody chose, in both waves leaves one column: nothing to test. */
    @Test
    void anOptionChosenByNobodyOrEverybodyCannotBeTested() {
        List<Choice> choices = ChiSquare.choices(new long[] {0, 40}, 40, new long[] {0, 50}, 50);

        assertFalse(choices.get(0).test().isComputable());
        assertFalse(choices.get(1).test().isComputable());
        assertEquals(0.0, choices.get(0).shareAfter(), 1e-12);
        assertEquals(1.0, choices.get(1).shareAfter(), 1e-12);
    }

    @Test
    void moreChoicesThanRespondentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.choices(new long[] {41}, 40, new long[] {1}, 50));
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.choices(new long[] {-1}, 40, new long[] {1}, 50));
        assertThrows(
                IllegalArgumentException.class, () -> ChiSquare.choices(new long[] {1, 2}, 40, new long[] {1}, 50));
    }
}
