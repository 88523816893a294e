package nl.cmostamm.portal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.cmostamm.portal.shared.DatePatterns;

/**
 * The portal's date patterns ({@link DatePatterns}) for the views, so every date picker and date
 * converter says {@code pattern="#{formats.date}"} and a page writes a date as the beans and the
 * exports do. One pattern for both languages: see {@link DatePatterns} for why.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** 31-12-2026 */
    public String getDate() {
        return DatePatterns.DATE;
    }

    /** 31-12-2026 23:59:59 */
    public String getDateTime() {
        return DatePatterns.DATE_TIME;
    }

    /** 19:30 */
    public String getTime() {
        return DatePatterns.TIME;
    }

    /** 31-12-2026 19:30 */
    public String getDateMinute() {
        return DatePatterns.DATE_MINUTE;
    }

    /** 31 december 2026 */
    public String getLongDate() {
        return DatePatterns.LONG_DATE;
    }

    /**
     * An amount of money as the Dutch write it, in both languages (the portal's money is euros in
     * the Netherlands): {@code € 1.234,56}, {@code € -1.234,56} (a plain hyphen-minus, which every
     * font of the PDF reports has). The space after the euro sign does not break, so an amount is
     * never split over two lines. Null stays empty.
     */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String digits = number(amount.abs(), 2);
        return (amount.signum() < 0 ? "€\u00a0-" : "€\u00a0") + digits;
    }

    /** A number with exactly {@code decimals} decimals in Dutch notation: 1.234,5678. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(
                "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), DecimalFormatSymbols.getInstance(DUTCH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A number with the decimals it has, no more: 12,5 stays 12,5 and 20,00 shows as 20. */
    public String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return number(stripped, Math.max(0, stripped.scale()));
    }

    /** A fraction as a percentage with the decimals it has, Dutch notation: 0.225 gives 22,5 %. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        return plain(fraction.movePointRight(2)) + " %";
    }

    /** A date as 31-12-2026, for a message's parameter (where no converter can be attached); null stays empty. */
    public String day(java.time.LocalDate date) {
        return date == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern(DatePatterns.DATE)
                        .format(date);
    }

    /** An instant as the date converters take it: {@code #{formats.at(x.createdAt)}}. */
    public java.util.Date at(java.time.Instant instant) {
        return instant == null ? null : java.util.Date.from(instant);
    }
}
