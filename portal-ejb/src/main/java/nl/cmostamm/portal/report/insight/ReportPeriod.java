package nl.cmostamm.portal.report.insight;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * A reporting period, both days included. Half years are the usual ones (1 January to 30 June, 1
 * July to 31 December); any other period of at most two years can be chosen. The period it is
 * compared with is the one of the same length just before it: for a half year the half year before,
 * for whole months as many months before, otherwise as many days.
 */
public record ReportPeriod(LocalDate from, LocalDate to) implements Serializable {

    /** The longest period a report covers. */
    public static final int MAX_DAYS = 731;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new ValidationFailure("insight.period.required", "from");
        }
        if (to.isBefore(from)) {
            throw new ValidationFailure("insight.period.order", "to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ValidationFailure("insight.period.tooLong", "to");
        }
    }

    /** The half year {@code day} falls in. */
    public static ReportPeriod halfYearOf(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
        return new ReportPeriod(start, start.plusMonths(6).minusDays(1));
    }

    /** The half year of {@code today} and the {@code count - 1} before it, the latest first. */
    public static List<ReportPeriod> halfYears(LocalDate today, int count) {
        List<ReportPeriod> periods = new ArrayList<>();
        ReportPeriod period = halfYearOf(today);
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.previous();
        }
        return periods;
    }

    public boolean isHalfYear() {
        return from.getDayOfMonth() == 1
                && (from.getMonthValue() == 1 || from.getMonthValue() == 7)
                && to.equals(from.plusMonths(6).minusDays(1));
    }

    /** 1 for January to June, 2 for July to December; only for a half year. */
    public int half() {
        return from.getMonthValue() == 1 ? 1 : 2;
    }

    /** The period compared with this one: the half year, the months or the days just before. */
    public ReportPeriod previous() {
        if (isHalfYear()) {
            return halfYearOf(from.minusDays(1));
        }
        if (from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            // whole months (a quarter, a year): as many months before, not as many days
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            return new ReportPeriod(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to);
        return new ReportPeriod(from.minusDays(days + 1), from.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
