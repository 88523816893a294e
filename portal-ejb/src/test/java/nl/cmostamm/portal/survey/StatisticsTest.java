package nl.cmostamm.portal.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.cmostamm.portal.survey.Statistics.Difference;
import nl.cmostamm.portal.survey.Statistics.Sample;
import org.junit.jupiter.api.Test;

/** Every figure below was worked out by hand (t quantiles from a t table). */
class StatisticsTest {

    @Test
    void aLikertSampleHasTheMeanAndSampleVarianceOfItsScores() {
        // scores 2, 3, 3, 4: mean 3, squared deviations 1 + 0 + 0 + 1 over n - 1 = 3
        Sample sample = Sample.ofCounts(Map.of(2, 1L, 3, 2L, 4, 1L));
        assertEquals(4, sample.n());
        assertEquals(3.0, sample.mean(), 1e-12);
        assertEquals(2.0 / 3, sample.variance(), 1e-12);
    }

    @Test
    void sumsFromTheDatabaseGiveTheSameSample() {
        // 2 + 3 + 3 + 4 = 12, 4 + 9 + 9 + 16 = 38
        Sample sample = Sample.ofSums(4, 12, 38);
        assertEquals(3.0, sample.mean(), 1e-12);
        assertEquals(2.0 / 3, sample.variance(), 1e-12);
    }

    @Test
    void welchIntervalOfTwoLikertWaves() {
        // before 2, 3, 3, 4 (mean 3, var 2/3); after 3, 4, 4, 5, 4 (mean 4, var 1/2)
        // se = sqrt(2/3/4 + 1/2/5) = 0.51640; df = 0.266667² / (0.166667²/3 + 0.1²/4) = 6.047
        // t(0.975; 6.047) = 2.4423, so 1 ± 1.2612
        Sample before = Sample.ofCounts(Map.of(2, 1L, 3, 2L, 4, 1L));
        Sample after = Sample.ofCounts(Map.of(3, 1L, 4, 3L, 5, 1L));
        Difference difference = Statistics.welch(before, after, 0.95);
        assertEquals(1.0, difference.estimate(), 1e-12);
        assertEquals(6.047, difference.degreesOfFreedom(), 0.001);
        assertEquals(-0.2612, difference.low(), 0.0005);
        assertEquals(2.2612, difference.high(), 0.0005);
        assertFalse(difference.isSignificant(), "the interval contains 0");
    }

    @Test
    void aYesNoQuestionComparesTheShareSayingYes() {
        // 3 of 10 yes before, 7 of 10 after: variance 0.21 · 10/9 = 0.23333 each,
        // se = sqrt(2 · 0.023333) = 0.21602, df = 18, t(0.975; 18) = 2.1009: 0.4 ± 0.4539
        Sample before = Sample.ofCounts(Map.of(1, 3L, 0, 7L));
        Sample after = Sample.ofCounts(Map.of(1, 7L, 0, 3L));
        Difference difference = Statistics.welch(before, after, 0.95);
        assertEquals(0.3, before.mean(), 1e-12);
        assertEquals(0.4, difference.estimate(), 1e-12);
        assertEquals(18.0, difference.degreesOfFreedom(), 1e-9);
        assertEquals(-0.0539, difference.low(), 0.0005);
        assertEquals(0.8539, difference.high(), 0.0005);
    }

    @Test
    void aClearImprovementIsSignificant() {
        // 1, 1, 2, 2 before (mean 1.5, var 1/3) and 4, 4, 5, 5 after (mean 4.5, var 1/3):
        // se = sqrt(2 · 1/12) = 0.40825, df = 6, t(0.975; 6) = 2.4469: 3 ± 0.9990
        Difference difference =
                Statistics.welch(Sample.ofCounts(Map.of(1, 2L, 2, 2L)), Sample.ofCounts(Map.of(4, 2L, 5, 2L)), 0.95);
        assertEquals(2.0010, difference.low(), 0.0005);
        assertEquals(3.9990, difference.high(), 0.0005);
        assertTrue(difference.isSignificant());
    }

    @Test
    void fewerThanTwoAnswersHaveNoInterval() {
        assertNull(Statistics.welch(Sample.ofCounts(Map.of(3, 1L)), Sample.ofCounts(Map.of(4, 5L)), 0.95));
        assertEquals(0, Sample.ofCounts(Map.of()).n());
    }

    @Test
    void identicalAnswersGiveAnIntervalOfNoWidth() {
        Difference difference = Statistics.welch(Sample.ofCounts(Map.of(4, 3L)), Sample.ofCounts(Map.of(5, 3L)), 0.95);
        assertEquals(1.0, difference.low(), 1e-12);
        assertEquals(1.0, difference.high(), 1e-12);
    }
}
