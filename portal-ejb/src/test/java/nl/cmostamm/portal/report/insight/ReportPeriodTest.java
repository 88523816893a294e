package nl.cmostamm.portal.report.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

/** Half years as a municipality counts them, and the period each report is compared with. */
class ReportPeriodTest {

    @Test
    void theHalfYearOfADayAndTheOneBeforeIt() {
        ReportPeriod second = ReportPeriod.halfYearOf(LocalDate.of(2026, 11, 30));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), second);
        assertTrue(second.isHalfYear());
        assertEquals(2, second.half());
        assertEquals(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), second.previous());
        assertEquals(
                new ReportPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
                second.previous().previous(),
                "across the turn of the year");
        assertEquals(
                ReportPeriod.halfYearOf(LocalDate.of(2026, 6, 30)), ReportPeriod.halfYearOf(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void sixHalfYearsToChooseFromTheLatestFirst() {
        List<ReportPeriod> choices = ReportPeriod.halfYears(LocalDate.of(2026, 3, 15), 6);
        assertEquals(6, choices.size());
        assertEquals(LocalDate.of(2026, 1, 1), choices.get(0).from());
        assertEquals(LocalDate.of(2023, 7, 1), choices.get(5).from());
    }

    @Test
    void anOwnPeriodIsComparedWithAsManyDaysJustBefore() {
        ReportPeriod quarter = new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30));
        assertFalse(quarter.isHalfYear());
        assertEquals(
                new ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31)),
                quarter.previous(),
                "whole months: the three months before");
        ReportPeriod leapYear = new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertEquals(new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)), leapYear.previous());
        ReportPeriod days = new ReportPeriod(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 19));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 9)), days.previous());
        ReportPeriod day = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertEquals(new ReportPeriod(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)), day.previous());
        assertTrue(quarter.contains(LocalDate.of(2026, 11, 30)));
        assertFalse(quarter.contains(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void anImpossiblePeriodIsRefusedNextToTheRightField() {
        ValidationFailure backwards = assertThrows(
                ValidationFailure.class, () -> new ReportPeriod(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)));
        assertEquals("to", backwards.getField());
        assertEquals("insight.period.order", backwards.getMessageKey());
        assertThrows(
                ValidationFailure.class, () -> new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)));
        assertEquals(
                LocalDate.of(2025, 12, 31),
                new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).to(),
                "two years, a leap day included, is allowed");
        assertThrows(ValidationFailure.class, () -> new ReportPeriod(null, LocalDate.of(2026, 1, 1)));
    }
}
