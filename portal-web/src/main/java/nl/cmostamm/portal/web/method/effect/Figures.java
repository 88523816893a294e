package nl.cmostamm.portal.web.method.effect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.cmostamm.portal.method.effect.Reading;

/**
 * The figures of a wave comparison as the pages write them, in Dutch notation in both languages like
 * every number of the portal ({@link nl.cmostamm.portal.web.shared.Formats}): a decimal comma, a
 * real minus sign (read out as "minus", where a hyphen is skipped), a sign on every difference so
 * that an interval crossing zero is seen at a glance, and p-values the way reports print them
 * ("p = 0,012", "p &lt; 0,001"). Everything the statistics cannot give (NaN) is an empty text: the
 * page then says in words why there is no figure.
 */
final class Figures {

    /** The smallest p-value written as a number; below it reports write "p &lt; 0,001". */
    static final double SMALLEST_P = 0.001;

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final char MINUS = '\u2212';
    private static final String NO_BREAK = "\u00a0";

    private Figures() {}

    /** {@code value} with exactly {@code decimals} decimals: 2,35 and −0,40; never "−0,00". */
    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat(
                "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), DecimalFormatSymbols.getInstance(DUTCH));
        String digits = format.format(rounded.abs());
        return rounded.signum() < 0 ? MINUS + digits : digits;
    }

    /** A difference with its sign: +0,40, −0,90, and 0,00 without one. */
    static String signed(double value, int decimals) {
        String digits = number(value, decimals);
        if (digits.isEmpty() || digits.charAt(0) == MINUS) {
            return digits;
        }
        return BigDecimal.valueOf(value)
                                .setScale(decimals, RoundingMode.HALF_UP)
                                .signum()
                        > 0
                ? "+" + digits
                : digits;
    }

    /** A share of 0 to 1 as a whole percentage: 0,4 gives "40 %" (the space does not break). */
    static String percent(double share) {
        String digits = number(share * 100, 0);
        return digits.isEmpty() ? "" : digits + NO_BREAK + "%";
    }

    /** "p = 0,012", or "p &lt; 0,001" below that; the spaces do not break. */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return "";
        }
        if (p < SMALLEST_P) {
            return "p" + NO_BREAK + "<" + NO_BREAK + number(SMALLEST_P, 3);
        }
        return "p" + NO_BREAK + "=" + NO_BREAK + number(Math.min(p, 1), 3);
    }

    /**
     * Whether a reading says the waves differ, so the page adds that anonymous waves are not paired
     * and that a difference does not show the initiative caused it.
     */
    static boolean claimsADifference(Reading reading) {
        return reading == Reading.HIGHER || reading == Reading.LOWER || reading == Reading.DIFFERENT;
    }
}
