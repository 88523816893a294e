package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The publication's third step in the browser: a board member makes a client-satisfaction survey
 * from a template, opens a wave and copies its link; a respondent on a phone, without an account,
 * answers, double-clicks "Versturen" and reloads the thank-you page: one response is stored. The
 * board then sees the answers as a chart and a table.
 */
class SurveyJourneyIT {

    @Test
    void aRespondentOnAPhoneAnswersOnceAndTheBoardSeesTheResult() {
        Initiative initiative = Fixtures.initiative("Hulpdienst Enquête " + Fixtures.unique("e"), "Midden-Groningen");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        String link;
        String resultsHref;
        try (Browser board = new Browser()) {
            board.logIn(chair.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            board.click("navSurveys").awaitPath("/app/survey/surveys.xhtml");
            board.click("fromTemplate:template");
            board.driver().findElements(By.cssSelector("#fromTemplate\\:template_items li")).stream()
                    .filter(item -> item.getText().startsWith("Tevredenheid bij afsluiting hulpvraag"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            board.type("fromTemplate:name", "Tevredenheid concept");
            board.click("fromTemplate:submit").awaitPath("/app/survey/survey.xhtml");
            assertTrue(board.pageText().contains("Ik ben tevreden over de hulp die ik kreeg."), board.pageText());
            board.type("survey:name", "Tevredenheid 2026").click("survey:save");
            board.awaitText("De vragenlijst is opgeslagen.");
            assertEquals(
                    "Tevredenheid 2026",
                    board.driver().findElement(By.tagName("h1")).getText(),
                    "the heading follows the saved name");

            board.type("wave:name", "Voorjaar 2026").click("wave:submit");
            board.awaitText("De ronde is geopend.");
            link = board.element("link0").getAttribute("value");
            assertTrue(link.matches(".*/s/[A-Za-z0-9_-]{43}"), link);
            resultsHref = board.element("waves:list:0:results").getAttribute("href");
        }

        String key;
        try (Browser phone = Browser.phone()) {
            phone.driver().get(link);
            phone.awaitQuiet();
            assertEquals(
                    "Tevredenheid 2026",
                    phone.driver().findElement(By.tagName("h1")).getText());
            assertEquals("0 van 6 vragen beantwoord", phone.text("progressText"));
            answer(phone, 0, "Helemaal mee eens");
            answer(phone, 1, "Mee eens");
            answer(phone, 3, "Ja");
            WebElement mark = phone.driver().findElement(By.cssSelector("input.answer-number"));
            mark.sendKeys("8");
            phone.driver().findElement(By.tagName("textarea")).sendKeys("Meer hulp op zaterdag, graag.");
            assertEquals("5 van 6 vragen beantwoord", phone.text("progressText"));
            key = phone.driver().findElement(By.name("key")).getAttribute("value");
            assertEquals(360L, phone.script("return window.innerWidth"), "a phone's viewport");
            Object width = phone.script("return document.documentElement.scrollWidth");
            assertTrue(((Number) width).intValue() <= 360, "nothing wider than the phone: " + width);

            new Actions(phone.driver()).doubleClick(phone.element("submit")).perform();
            phone.awaitText("Hartelijk dank!");
            phone.driver().navigate().refresh();
            phone.awaitText("Hartelijk dank!");
        }

        long wave = Fixtures.inTenant(initiative.id(), "select id from survey_wave where name = 'Voorjaar 2026'");
        assertEquals(1, Fixtures.responses(initiative, wave), "a double click and a reload store one response");
        HttpResponse<String> again = new PortalClient()
                .post(URI.create(link).getPath().replaceFirst("^.*?/s/", "/s/"), Map.of("key", key, "q1", "1"));
        assertTrue(
                again.body().contains("Hartelijk dank!"), "the same form sent once more is taken as already received");
        assertTrue(
                again.body().contains("Dit formulier was al verstuurd en is één keer opgeslagen."),
                "and the respondent is told that a change made after sending was not stored");
        assertEquals(1, Fixtures.responses(initiative, wave));

        try (Browser board = new Browser()) {
            board.logIn(chair.email(), Fixtures.PASSWORD);
            board.driver().get(resultsHref);
            board.awaitQuiet();
            assertTrue(board.text("responseCount").endsWith(": 1"), board.text("responseCount"));
            assertTrue(board.has("results:questions:0:chart"), "the first question's answers as a chart");
            assertEquals(
                    "canvas",
                    board.driver()
                            .findElement(By.cssSelector("[id='results:questions:0:chart'] canvas"))
                            .getTagName());
            WebElement table = board.driver()
                    .findElements(By.cssSelector("table.result-table"))
                    .get(0);
            assertTrue(table.getText().contains("Helemaal mee eens 1 100"), table.getText());
            assertTrue(board.pageText().contains("Meer hulp op zaterdag, graag."), "the open answer is listed");
        }
    }

    /** Clicks the option with this label in the {@code index}-th question (0-based) of the form. */
    private static void answer(Browser phone, int index, String label) {
        phone
                .driver()
                .findElements(By.cssSelector("fieldset.question"))
                .get(index)
                .findElements(By.cssSelector("label.option"))
                .stream()
                .filter(option -> option.getText().equals(label))
                .findFirst()
                .orElseThrow()
                .click();
    }
}
