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
 * sees a conflict message and keeps their input on screen, and nothing is overwritten silently. The
 * same holds for a goal.
 */
class ConcurrentEditJourneyIT {

    @Test
    void theSecondSaveOfTheSameProfileShowsAConflict() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Tweestrijd " + Fixtures.unique("t"), "Westerveld");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        Person secretary = Fixtures.boardMember(initiative, "BOARD_ADMIN");

        try (Browser first = new Browser();
                Browser second = new Browser()) {
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

    @Test
    void theSecondSaveOfTheSameGoalShowsAConflictAndKeepsTheFirst() {
        Initiative initiative = Fixtures.initiative("Buurtkamer Tweestrijd " + Fixtures.unique("t"), "Assen");
        Person first = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        Person second = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long goal = Fixtures.goal(initiative, "Meer jongeren in het dorpshuis");
        String page = "/app/goal/edit-goal.xhtml?id=" + goal;

        try (Browser one = new Browser();
                Browser two = new Browser()) {
            one.logIn(first.email(), Fixtures.PASSWORD).open(page);
            two.logIn(second.email(), Fixtures.PASSWORD).open(page);

            one.type("goal:title", "Meer jongeren en ouderen in het dorpshuis");
            one.click("goal:save");
            one.awaitPath("/app/goal/goal-overview.xhtml");

            two.type("goal:description", "Met een jeugdsoos op vrijdag");
            two.click("goal:save");
            assertTrue(two.pageText().contains("Iemand anders heeft dit intussen opgeslagen"), two.pageText());
            assertEquals(
                    "Met een jeugdsoos op vrijdag",
                    two.element("goal:description").getAttribute("value"),
                    "the input is kept");

            one.open(page);
            assertEquals(
                    "Meer jongeren en ouderen in het dorpshuis",
                    one.element("goal:title").getAttribute("value"));
            assertEquals("", one.element("goal:description").getAttribute("value"), "the second save changed nothing");
        }
    }
}
