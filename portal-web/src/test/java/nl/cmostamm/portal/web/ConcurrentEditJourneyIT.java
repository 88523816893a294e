package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * Two board admins open the same profile on a Tuesday evening. The first save wins; the second
 * sees a conflict message and keeps their input on screen, and nothing is overwritten silently.
 */
class ConcurrentEditJourneyIT {

    @Test
    void theSecondSaveOfTheSameProfileShowsAConflict() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Tweestrijd " + Fixtures.unique("t"), "Westerveld");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        Person secretary = Fixtures.boardMember(initiative, "BOARD_ADMIN");

        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.logIn(chair.email(), Fixtures.PASSWORD).open("/app/initiative/edit.xhtml");
            second.logIn(secretary.email(), Fixtures.PASSWORD).open("/app/initiative/edit.xhtml");

            first.type("profile:municipality", "Meppel");
            first.click("profile:save");
            first.awaitPath("/app/initiative/home.xhtml");
            assertTrue(first.pageText().contains("Het profiel is opgeslagen."));

            second.type("profile:municipality", "Havelte");
            second.click("profile:save");
            assertEquals("/app/initiative/edit.xhtml", second.path());
            assertTrue(second.pageText().contains("Iemand anders heeft dit intussen opgeslagen"), second.pageText());
            assertEquals("Havelte", second.element("profile:municipality").getAttribute("value"), "the input is kept");

            first.open("/app/initiative/home.xhtml");
            assertEquals("Meppel", first.text("municipality"), "the first save is not overwritten");
        }
    }
}
