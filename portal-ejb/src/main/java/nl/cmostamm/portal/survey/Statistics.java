package nl.cmostamm.portal.survey;

import java.io.Serializable;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The arithmetic of effect comparison. Waves are anonymous, so two waves are two independent
 * samples (unpaired). The difference of two means gets Welch's t-interval: it does not assume
 * equal variances, and its degrees of freedom come from the Welch–Satterthwaite formula. A yes/no
 * question is the mean of yes = 1, no = 0, so its mean is the share saying yes.
 */
public final class Statistics {

    private Statistics() {}

    /** A sample's size, mean and sample variance (n − 1 in the denominator). */
    public record Sample(long n, double mean, double variance) implements Serializable {

        public static final Sample EMPTY = new Sample(0, Double.NaN, Double.NaN);

        /** From a count per value, such as Likert scores 1 to 5. */
        public static Sample ofCounts(Map<? extends Number, Long> counts) {
            long n = 0;
            double sum = 0;
            double squares = 0;
            for (Map.Entry<? extends Number, Long> entry : counts.entrySet()) {
                double value = entry.getKey().doubleValue();
                n += entry.getValue();
                sum += value * entry.getValue();
                squares += value * value * entry.getValue();
            }
            return ofSums(n, sum, squares);
        }

        /** From the count, sum and sum of squares a database aggregate gives. */
        public static Sample ofSums(long n, double sum, double squares) {
            if (n == 0) {
                return EMPTY;
            }
            double mean = sum / n;
            double variance = n < 2 ? Double.NaN : Math.max(0, (squares - n * mean * mean) / (n - 1));
            return new Sample(n, mean, variance);
        }
    }

    /** The difference {@code after − before} with its confidence interval and degrees of freedom. */
    public record Difference(double estimate, double low, double high, double degreesOfFreedom)
            implements Serializable {

        /** Whether the interval excludes zero: the waves differ beyond chance at this confidence. */
        public boolean isSignificant() {
            return low > 0 || high < 0;
        }
    }

    /**
     * Welch's interval for {@code after.mean − before.mean}, or null when either sample has fewer
     * than two answers (no variance, no interval).
     */
    public static Difference welch(Sample before, Sample after, double confidence) {
        if (before.n() < 2 || after.n() < 2) {
            return null;
        }
        double estimate = after.mean() - before.mean();
        double a = before.variance() / before.n();
        double b = after.variance() / after.n();
        double standardError = Math.sqrt(a + b);
        if (standardError == 0) {
            return new Difference(estimate, estimate, estimate, before.n() + after.n() - 2);
        }
        double df = (a + b) * (a + b) / (a * a / (before.n() - 1) + b * b / (after.n() - 1));
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Difference(estimate, estimate - t * standardError, estimate + t * standardError, df);
    }
}
