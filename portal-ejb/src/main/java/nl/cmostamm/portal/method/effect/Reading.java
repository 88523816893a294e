package nl.cmostamm.portal.method.effect;

import nl.cmostamm.portal.survey.Statistics.Difference;
import nl.cmostamm.portal.survey.Statistics.Sample;

/**
 * What a comparison of two waves may be read to say, in words a board can act on. The pages show
 * each constant as a sentence from the web bundles; the English sentence is given with each
 * constant. Every reading is about these two groups of respondents: the waves are anonymous and may
 * have reached different people, so even a clear difference does not show that the initiative
 * caused it. The pages say so next to every {@link #HIGHER}, {@link #LOWER} and {@link #DIFFERENT}.
 *
 * <p>Below {@link #MINIMUM_PER_WAVE} answers in either wave nothing is read at all, whatever the
 * interval or p-value says: with a handful of answers one person more or less moves the result, and
 * a board is better served by "too few" than by a verdict. The minimum is a convention of this
 * portal, not a statistical law.
 */
public enum Reading {

    /**
     * "Too few people answered in one of the waves (fewer than 10) to say whether anything changed."
     */
    TOO_FEW,

    /**
     * "Some answers were chosen by so few people that a difference between the waves cannot be tested
     * reliably." For a distribution whose expected count falls below 5 somewhere (see {@link
     * ChiSquare}).
     */
    TOO_FEW_PER_OPTION,

    /**
     * "The waves show no clear difference: what differs is small enough to be chance. This does not
     * prove that nothing changed."
     */
    NO_CLEAR_DIFFERENCE,

    /**
     * "The answers are distributed differently in the second wave, more than chance alone would
     * readily explain. This does not show that the initiative caused it." For a distribution, which
     * has no single direction.
     */
    DIFFERENT,

    /**
     * "The second wave scores higher than the first, more than chance alone would readily explain.
     * This does not show that the initiative caused it." For a mean, or for the share choosing an
     * option; whether higher is better depends on the question (on the loneliness scale it is
     * worse).
     */
    HIGHER,

    /**
     * "The second wave scores lower than the first, more than chance alone would readily explain. This
     * does not show that the initiative caused it." As {@link #HIGHER}, the other way.
     */
    LOWER;

    /** The fewest answers per wave for a reading other than {@link #TOO_FEW}. */
    public static final long MINIMUM_PER_WAVE = 10;

    /** The p-value below which a test counts as a clear difference. */
    public static final double SIGNIFICANCE = 0.05;

    /**
     * The reading of a difference of means by its Welch interval ({@link
     * nl.cmostamm.portal.survey.Statistics#welch}); the interval's confidence is the caller's.
     */
    public static Reading of(Sample before, Sample after, Difference difference) {
        if (tooFew(before.n(), after.n()) || difference == null) {
            return TOO_FEW;
        }
        if (difference.low() > 0) {
            return HIGHER;
        }
        return difference.high() < 0 ? LOWER : NO_CLEAR_DIFFERENCE;
    }

    /** The reading of a single-choice question's distributions: different or not, no direction. */
    public static Reading of(ChiSquare.Homogeneity test) {
        return ofTest(test, DIFFERENT);
    }

    /** The reading of one option of a multiple-choice question: its share higher, lower or neither. */
    public static Reading of(ChiSquare.Choice choice) {
        return ofTest(choice.test(), choice.shareAfter() > choice.shareBefore() ? HIGHER : LOWER);
    }

    private static Reading ofTest(ChiSquare.Homogeneity test, Reading difference) {
        if (tooFew(test.before(), test.after())) {
            return TOO_FEW;
        }
        if (!test.isComputable()) {
            // every answer fell on one option, in both waves: the distributions are the same
            return NO_CLEAR_DIFFERENCE;
        }
        if (test.expectedBelowFive()) {
            return TOO_FEW_PER_OPTION;
        }
        return test.pValue() < SIGNIFICANCE ? difference : NO_CLEAR_DIFFERENCE;
    }

    private static boolean tooFew(long before, long after) {
        return before < MINIMUM_PER_WAVE || after < MINIMUM_PER_WAVE;
    }
}
