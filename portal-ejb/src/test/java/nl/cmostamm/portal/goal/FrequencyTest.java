package nl.cmostamm.portal.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyTest {

    @ParameterizedTest(name = "{0} of {1} is {2} to {3}")
    @CsvSource({
        "WEEKLY, 2026-11-28, 2026-11-23, 2026-11-29",
        "WEEKLY, 2026-11-23, 2026-11-23, 2026-11-29",
        "MONTHLY, 2026-02-14, 2026-02-01, 2026-02-28",
        "MONTHLY, 2028-02-14, 2028-02-01, 2028-02-29",
        "QUARTERLY, 2026-11-28, 2026-10-01, 2026-12-31",
        "QUARTERLY, 2026-01-01, 2026-01-01, 2026-03-31",
        "YEARLY, 2026-07-01, 2026-01-01, 2026-12-31",
        "ONCE, 2026-07-01, 2026-07-01, 2026-07-01"
    })
    void aDayFallsInThePeriodOfTheFrequency(Frequency frequency, LocalDate day, LocalDate start, LocalDate end) {
        assertEquals(new Frequency.Period(start, end), frequency.periodOf(day));
    }

    @ParameterizedTest(name = "{0}: {1} to {2} fits is {3}")
    @CsvSource({
        "MONTHLY, 2026-02-01, 2026-02-28, true",
        "MONTHLY, 2026-02-01, 2026-11-30, false",
        "MONTHLY, 2026-02-15, 2026-03-14, false",
        "MONTHLY, 2026-02-01, 2026-02-27, false",
        "WEEKLY, 2026-11-23, 2026-11-29, true",
        "WEEKLY, 2026-11-24, 2026-11-30, false",
        "QUARTERLY, 2026-10-01, 2026-12-31, true",
        "QUARTERLY, 2026-10-01, 2026-10-31, false",
        "YEARLY, 2026-01-01, 2026-12-31, true",
        "YEARLY, 2026-01-01, 2027-12-31, false",
        "ONCE, 2026-07-01, 2026-07-01, true",
        "ONCE, 2026-07-01, 2026-07-02, false"
    })
    void onlyExactlyOnePeriodOfTheFrequencyFits(Frequency frequency, LocalDate start, LocalDate end, boolean fits) {
        assertEquals(fits, frequency.fits(new Frequency.Period(start, end)));
    }
}
