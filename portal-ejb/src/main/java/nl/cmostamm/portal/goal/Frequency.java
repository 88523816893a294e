package nl.cmostamm.portal.goal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often an indicator is measured, and so which period a date falls in: the week (Monday to
 * Sunday), month, quarter or year around it, or just that day for a one-off measurement.
 */
public enum Frequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY,
    ONCE;

    public Period periodOf(LocalDate date) {
        return switch (this) {
            case WEEKLY -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(monday, monday.plusDays(6));
            }
            case MONTHLY -> new Period(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTERLY -> {
                LocalDate start = date.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(start, start.plusMonths(3).minusDays(1));
            }
            case YEARLY -> new Period(date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
            case ONCE -> new Period(date, date);
        };
    }

    /**
     * Whether {@code period} is exactly one of this frequency's periods (a monthly indicator: the
     * first to the last day of one month). A measurement over any other range would overlap the
     * periods around it and be counted in several of them.
     */
    public boolean fits(Period period) {
        return periodOf(period.start()).equals(period);
    }

    /** A closed range of days. */
    public record Period(LocalDate start, LocalDate end) implements java.io.Serializable {}
}
