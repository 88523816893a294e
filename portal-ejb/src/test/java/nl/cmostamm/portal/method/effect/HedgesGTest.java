package nl.cmostamm.portal.method.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.cmostamm.portal.survey.Statistics.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgesGTest {

    /**
     * The worked example of Borenstein, Hedges, Higgins &amp; Rothstein, <i>Introduction to
     * Meta-Analysis</i> (2009), chapter 4: means 103 and 100, standard deviations 5.5 and 4.5, 50 in
     * each group; the book gives d = 0.5970, Var(d) = 0.0418, J = 0.9923, g = 0.5924, Var(g) = 0.0412.
     * The group with the mean of 103 is the second wave here, so g is positive.
     *
     * <pre>
     * s pooled = √((49 · 5.5² + 49 · 4.5²) / 98) = √25.25 = 5.024938
     * d = 3 / 5.024938 = 0.597022                                       book: 0.5970
     * Var(d) = 100 / 2500 + 0.597022² / 200 = 0.04 + 0.001782 = 0.041782  book: 0.0418
     * J = 1 − 3 / (4 · 100 − 9) = 1 − 3/391 = 0.992327                   book: 0.9923
     * g = 0.992327 · 0.597022 = 0.592442                                  book: 0.5924
     * Var(g) = 0.992327² · 0.041782 = 0.041143                            book: 0.0412
     * </pre>
     *
     * The book's Var(g) is computed from its rounded intermediates: 0.9923² × 0.0418 = 0.041159,
     * which rounds to 0.0412; at full precision it is 0.041143, which would round to 0.0411. So
     * Var(g) is checked at full precision, and against the book within its rounding of the inputs.
     *
     * <p>The 95 % interval: SE = √0.041143 = 0.202839, z = 1.959964, so g ± 0.397558 = [0.194885,
     * 0.989998].
     */
    @Test
    void theWorkedExampleOfBorensteinEtAl() {
        HedgesG effect = HedgesG.of(sample(50, 100, 4.5), sample(50, 103, 5.5), 0.95);

        assertEquals(0.5970, effect.d(), 5e-5);
        assertEquals(0.0418, effect.varianceOfD(), 5e-5);
        assertEquals(0.9923, effect.correction(), 5e-5);
        assertEquals(0.5924, effect.g(), 5e-5);
        assertEquals(0.041143, effect.varianceOfG(), 5e-7);
        assertEquals(0.0412, effect.varianceOfG(), 1e-4);
        assertEquals(0.202839, effect.standardError(), 5e-7);
        assertEquals(0.194885, effect.low(), 5e-6);
        assertEquals(0.989998, effect.high(), 5e-6);
        assertEquals(0.95, effect.confidence(), 0);
        assertEquals(Magnitude.MEDIUM, effect.magnitude());
    }

    /** The other way round, g changes sign and the interval mirrors; the size stays. */
    @Test
    void aLowerSecondWaveGivesANegativeG() {
        HedgesG effect = HedgesG.of(sample(50, 103, 5.5), sample(50, 100, 4.5), 0.95);

        assertEquals(-0.592442, effect.g(), 5e-6);
        assertEquals(-0.989998, effect.low(), 5e-6);
        assertEquals(-0.194885, effect.high(), 5e-6);
        assertEquals(Magnitude.MEDIUM, effect.magnitude());
    }

    /** A 90 % interval uses z = 1.644854: g ± 1.644854 · 0.202839 = g ± 0.333640. */
    @Test
    void theConfidenceSetsTheWidth() {
        HedgesG effect = HedgesG.of(sample(50, 100, 4.5), sample(50, 103, 5.5), 0.90);

        assertEquals(0.592442 - 0.333640, effect.low(), 5e-6);
        assertEquals(0.592442 + 0.333640, effect.high(), 5e-6);
    }

    /**
     * Small waves show the correction: n 5 and 5, means 2 and 3, variances 1 and 1. s pooled = 1,
     * d = 1, J = 1 − 3 / (40 − 9) = 28/31 = 0.903226, g = 0.903226, Var(d) = 10/25 + 1/20 = 0.45,
     * Var(g) = (28/31)² · 0.45 = 0.367118.
     */
    @Test
    void smallWavesAreCorrected() {
        HedgesG effect = HedgesG.of(new Sample(5, 2, 1), new Sample(5, 3, 1), 0.95);

        assertEquals(1, effect.d(), 1e-12);
        assertEquals(28.0 / 31, effect.correction(), 1e-12);
        assertEquals(28.0 / 31, effect.g(), 1e-12);
        assertEquals(0.45, effect.varianceOfD(), 1e-12);
        assertEquals(0.367118, effect.varianceOfG(), 5e-7);
    }

    @Test
    void nothingWithoutVariance() {
        assertNull(HedgesG.of(new Sample(1, 3, Double.NaN), new Sample(20, 3, 1), 0.95));
        assertNull(HedgesG.of(new Sample(20, 3, 1), Sample.EMPTY, 0.95));
        // everyone answered alike in each wave: no standard deviation to measure the difference in
        assertNull(HedgesG.of(new Sample(20, 2, 0), new Sample(20, 3, 0), 0.95));
    }

    @ParameterizedTest(name = "g = {0} is {1}")
    @CsvSource({
        "0, NEGLIGIBLE",
        "0.19999, NEGLIGIBLE",
        "-0.19999, NEGLIGIBLE",
        "0.2, SMALL",
        "-0.2, SMALL",
        "0.49999, SMALL",
        "0.5, MEDIUM",
        "-0.5, MEDIUM",
        "0.79999, MEDIUM",
        "0.8, LARGE",
        "-0.8, LARGE",
        "2.5, LARGE"
    })
    void cohensThresholds(double g, Magnitude expected) {
        assertEquals(expected, Magnitude.of(g));
    }

    @Test
    void noMagnitudeOfNothing() {
        assertThrows(IllegalArgumentException.class, () -> Magnitude.of(Double.NaN));
    }

    private static Sample sample(long n, double mean, double standardDeviation) {
        return new Sample(n, mean, standardDeviation * standardDeviation);
    }
}
