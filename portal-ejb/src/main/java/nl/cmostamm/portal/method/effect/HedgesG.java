package nl.cmostamm.portal.method.effect;

import java.io.Serializable;
import nl.cmostamm.portal.survey.Statistics.Sample;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How large the difference between two waves is, in standard deviations: Hedges' g, the
 * standardised mean difference corrected for small samples, with its confidence interval. Where
 * Welch's interval says whether the waves differ in the question's own units, g makes differences
 * on different questions and scales comparable, and its size is what {@link Magnitude} names.
 *
 * <p>The formulation is that of Borenstein, Hedges, Higgins &amp; Rothstein, <i>Introduction to
 * Meta-Analysis</i> (Wiley, 2009), chapter 4, for two independent groups: the pooled standard
 * deviation weights each wave's variance by n − 1; d = (mean after − mean before) / s pooled;
 * Var(d) = (n1 + n2) / (n1 · n2) + d² / (2 (n1 + n2)); J = 1 − 3 / (4 (n1 + n2) − 9); g = J · d;
 * Var(g) = J² · Var(d). The interval is g ± z · √Var(g), with z from the normal distribution (a
 * large-sample approximation). Whether the waves differ at all is read from Welch's interval
 * ({@link Reading#of(Sample, Sample, nl.cmostamm.portal.survey.Statistics.Difference)}), so a page
 * never shows two verdicts that disagree near the edge; g tells the size.
 *
 * @param d Cohen's d, the uncorrected standardised difference
 * @param varianceOfD the variance of d
 * @param correction J, the small-sample correction factor
 * @param g Hedges' g: positive when the second wave's mean is the higher
 * @param varianceOfG the variance of g
 * @param low the lower bound of the interval
 * @param high the upper bound of the interval
 * @param confidence the interval's confidence, such as 0.95
 */
public record HedgesG(
        double d,
        double varianceOfD,
        double correction,
        double g,
        double varianceOfG,
        double low,
        double high,
        double confidence)
        implements Serializable {

    /**
     * Hedges' g of {@code after} against {@code before}, or null when either wave has fewer than two
     * answers (no variance) or neither wave varies at all (a pooled standard deviation of 0 makes
     * every difference infinitely large in standard deviations).
     */
    public static HedgesG of(Sample before, Sample after, double confidence) {
        if (before.n() < 2 || after.n() < 2) {
            return null;
        }
        double n1 = before.n();
        double n2 = after.n();
        double pooled = Math.sqrt(((n1 - 1) * before.variance() + (n2 - 1) * after.variance()) / (n1 + n2 - 2));
        if (pooled == 0) {
            return null;
        }
        double d = (after.mean() - before.mean()) / pooled;
        double varianceOfD = (n1 + n2) / (n1 * n2) + d * d / (2 * (n1 + n2));
        double j = 1 - 3 / (4 * (n1 + n2) - 9);
        double g = j * d;
        double varianceOfG = j * j * varianceOfD;
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double margin = z * Math.sqrt(varianceOfG);
        return new HedgesG(d, varianceOfD, j, g, varianceOfG, g - margin, g + margin, confidence);
    }

    /** The standard error of g. */
    public double standardError() {
        return Math.sqrt(varianceOfG);
    }

    /** The size of g in Cohen's conventional words. */
    public Magnitude magnitude() {
        return Magnitude.of(g);
    }
}
