package nl.cmostamm.portal.method.sroi.proxy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceYearTest {

    @Test
    void aPriceMoreThanFiveYearsBeforeThisYearIsOld() {
        LocalDate today = LocalDate.of(2026, 11, 30);

        assertTrue(PriceYear.isOlderThanFiveYears(2014, today));
        assertTrue(PriceYear.isOlderThanFiveYears(2020, today), "six years behind");
        assertFalse(PriceYear.isOlderThanFiveYears(2021, today), "five years behind is not more than five");
        assertFalse(PriceYear.isOlderThanFiveYears(2026, today));
        assertFalse(PriceYear.isOlderThanFiveYears(2027, today), "a price year ahead is not old");
    }

    @Test
    void aPriceGrowsOldOnNewYearsDayNotOnTheDayItWasEntered() {
        assertFalse(PriceYear.isOlderThanFiveYears(2020, LocalDate.of(2025, 12, 31)));
        assertTrue(PriceYear.isOlderThanFiveYears(2020, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void theLibraryTakesPriceYearsFrom1990To2100() {
        assertFalse(PriceYear.isAllowed(1989));
        assertTrue(PriceYear.isAllowed(1990));
        assertTrue(PriceYear.isAllowed(2100));
        assertFalse(PriceYear.isAllowed(2101));
    }

    @Test
    void theProxyAsksTheSameRule() {
        SroiProxy proxy = new SroiProxy(null);
        proxy.setPriceYear(2019);

        assertTrue(proxy.isOlderThanFiveYears(LocalDate.of(2025, 1, 1)));
        assertFalse(proxy.isOlderThanFiveYears(LocalDate.of(2024, 12, 31)));
    }
}
