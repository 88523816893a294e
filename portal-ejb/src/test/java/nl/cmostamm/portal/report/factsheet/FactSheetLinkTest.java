package nl.cmostamm.portal.report.factsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A public link opens up to and including its last day, never after, and never once revoked. */
class FactSheetLinkTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2027, 5, 31);

    @Test
    void opensUpToAndIncludingItsLastDay() {
        FactSheetLink link = new FactSheetLink("hash", 1, 2L, LAST_DAY);

        assertTrue(link.opens(LAST_DAY.minusMonths(6)));
        assertTrue(link.opens(LAST_DAY));
        assertFalse(link.opens(LAST_DAY.plusDays(1)));
        assertEquals(FactSheetLink.Status.EXPIRED, link.status(LAST_DAY.plusDays(1)));
    }

    @Test
    void aRevokedLinkOpensNothingEvenBeforeItsLastDay() {
        FactSheetLink link = new FactSheetLink("hash", 1, 2L, LAST_DAY);

        link.revoke();

        assertFalse(link.opens(LAST_DAY.minusDays(1)));
        assertEquals(FactSheetLink.Status.REVOKED, link.status(LAST_DAY.plusDays(1)), "revoked says more than expired");
    }

    @Test
    void aNewLinkExpiresInSixMonthsByDefault() {
        assertEquals(
                LocalDate.now(FactSheetService.DUTCH_TIME).plusMonths(FactSheetLink.DEFAULT_MONTHS),
                FactSheetLink.defaultExpiry());
    }
}
