package nl.cmostamm.portal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import nl.cmostamm.portal.shared.DatePatterns;

/**
 * The portal's date patterns ({@link DatePatterns}) for the views, so every date picker and date
 * converter says {@code pattern="#{formats.date}"} and a page writes a date as the beans and the
 * exports do. One pattern for both languages: see {@link DatePatterns} for why.
 */
@Named
@ApplicationScoped
public class Formats {

    /** 31-12-2026 */
    public String getDate() {
        return DatePatterns.DATE;
    }

    /** 31-12-2026 23:59:59 */
    public String getDateTime() {
        return DatePatterns.DATE_TIME;
    }

    /** 31 december 2026 */
    public String getLongDate() {
        return DatePatterns.LONG_DATE;
    }

    /** An instant as the date converters take it: {@code #{formats.at(x.createdAt)}}. */
    public java.util.Date at(java.time.Instant instant) {
        return instant == null ? null : java.util.Date.from(instant);
    }
}
