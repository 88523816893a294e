package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A carer's story about her father with dementia: written down, consent recorded for reports, in
 * the export; then the family withdraws consent, and the story vanishes from the list and the
 * export at once, while its own page says why.
 */
class StoryConsentJourneyIT {

    @Test
    void aWithdrawnConsentTakesTheStoryOutOfTheExport() {
        Initiative initiative = Fixtures.initiative("Odensehuis Verhalen " + Fixtures.unique("v"), "Meppel");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        String title = "Vader zingt weer " + Fixtures.unique("s");

        try (Browser browser = new Browser()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            browser.click("navStories").awaitPath("/app/story/stories.xhtml");
            browser.click("newStory").awaitPath("/app/story/edit-story.xhtml");
            browser.type("story:title", title).type("story:body", "Op de inloopmiddag zong mijn vader weer mee.");
            browser.click("story:save").awaitPath("/app/story/story.xhtml");
            assertTrue(browser.pageText().contains("Leg nu de toestemming vast"), browser.pageText());

            browser.driver()
                    .findElement(By.cssSelector("[id='consent:internal'] .ui-chkbox-box"))
                    .click();
            browser.driver()
                    .findElement(By.cssSelector("[id='consent:reports'] .ui-chkbox-box"))
                    .click();
            browser.click("consent:save");
            browser.awaitText("De toestemming is vastgelegd.");

            PortalClient http = PortalClient.loggedIn(chair.email(), Fixtures.PASSWORD);
            http.get("/app/initiative/home.xhtml");
            assertTrue(export(http).contains(title), "consent for reports: in the export");
            browser.click("back").awaitPath("/app/story/stories.xhtml");
            assertTrue(browser.text("list:stories").contains(title));

            browser.open("/app/story/stories.xhtml");
            browser.driver().findElement(By.linkText(title)).click();
            browser.awaitPath("/app/story/story.xhtml");
            browser.click("consent:withdraw");
            browser.click(browser.driver()
                    .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                    .getAttribute("id"));
            browser.awaitText("De toestemming is ingetrokken.");
            assertTrue(browser.has("withdrawnNotice"));

            assertFalse(export(http).contains(title), "withdrawn: gone from the export at once");
            browser.open("/app/story/stories.xhtml");
            assertFalse(browser.pageText().contains(title), "and from every list");
        }
    }

    @Test
    void anImpossibleDateIsRefusedNextToItsFieldAndKeptAsTyped() {
        Initiative initiative = Fixtures.initiative("Odensehuis Data " + Fixtures.unique("v"), "Meppel");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        String title = "Dertig februari " + Fixtures.unique("s");

        try (Browser browser = new Browser()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/story/edit-story.xhtml");
            browser.type("story:title", title).type("story:body", "Een verhaal met een datum die niet bestaat.");
            browser.typeDate("story:toldOn_input", "31-02-2026");
            browser.click("story:save");

            assertEquals("/app/story/edit-story.xhtml", browser.path(), "not saved");
            String message = browser.driver()
                    .findElement(By.cssSelector("[id='story:toldOn'] ~ .ui-message"))
                    .getText();
            assertTrue(message.contains("vul een bestaande datum in"), message);
            assertEquals(
                    "31-02-2026", browser.element("story:toldOn_input").getAttribute("value"), "what was typed stays");

            browser.open("/app/story/stories.xhtml");
            assertFalse(browser.pageText().contains(title), "nothing was stored, not even on the 28th");
        }
    }

    private static String export(PortalClient http) {
        HttpResponse<String> download = http.submitAfterPostback(
                "/app/story/stories.xhtml", "export", Map.of("export:confirm_input", "on"), "export:download");
        assertEquals(200, download.statusCode());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
                download.body());
        return download.body();
    }
}
