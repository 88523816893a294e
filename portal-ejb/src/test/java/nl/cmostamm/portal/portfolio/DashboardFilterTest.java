package nl.cmostamm.portal.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.initiative.SocialBasisLevel;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Phase;
import org.junit.jupiter.api.Test;

/** A saved filter comes back as it was saved, and an old one narrows less rather than failing. */
class DashboardFilterTest {

    @Test
    void aFilterSurvivesBeingSavedWithEveryFieldAndAwkwardText() {
        DashboardFilter filter = new DashboardFilter(
                "Zorg & welzijn = 100% (\"Ter Apel\")",
                "Aa en Hunze",
                Province.DRENTHE,
                InitiativeStatus.ACTIVE,
                "Gelijke kansen en inclusie",
                SocialBasisLevel.PERSONAL,
                Phase.RUNNING,
                Method.NARRATIVE,
                AlertKind.WAVE_EMPTY,
                true);
        assertEquals(filter, DashboardFilter.decode(filter.encode()));
        assertEquals(DashboardFilter.NONE, DashboardFilter.decode(DashboardFilter.NONE.encode()));
        assertEquals("", DashboardFilter.NONE.encode());
    }

    @Test
    void valuesThatNoLongerExistAreDroppedAndTheRestKept() {
        DashboardFilter old =
                DashboardFilter.decode("municipality=Emmen&province=FRIESLAND&alert=OLD_KIND&method=SROI&x=1");
        assertEquals("Emmen", old.municipality());
        assertNull(old.province());
        assertNull(old.alert());
        assertEquals(Method.SROI, old.method());
        assertFalse(old.withAlert());
    }

    @Test
    void aRollUpFigureUnderFiveIsWithheldAndFiveIsShown() {
        assertTrue(RollUp.Figure.of(new BigDecimal("4.99")).isWithheld());
        assertTrue(RollUp.Figure.of(BigDecimal.ZERO).isWithheld());
        assertEquals(new BigDecimal(5), RollUp.Figure.of(new BigDecimal(5)).value());
    }

    @Test
    void eachAlertHasItsOwnSentenceWithOrWithoutADate() {
        assertEquals(
                "dashboard.alert.INDICATOR_STALE.undated", new Alert(AlertKind.INDICATOR_STALE, "x", null).textKey());
        assertEquals(
                "dashboard.alert.WAVE_CLOSING",
                new Alert(AlertKind.WAVE_CLOSING, "x", java.time.LocalDate.of(2026, 12, 1)).textKey());
    }
}
