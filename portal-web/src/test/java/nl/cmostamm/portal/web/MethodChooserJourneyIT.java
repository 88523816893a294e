package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * "Welke methode past bij ons?", as the board member of a village house takes it on a laptop: the
 * first two questions with the keyboard alone, a step back that keeps her answer, a refusal in
 * Dutch next to the question, the advice with the reasons that follow from her answers, the methods
 * she chooses on the initiative's home; then her advisor adds a note, and she reads it. Every
 * state of the page is checked with axe-core and saved as a screenshot, and the whole chooser is
 * taken once more on a 360 px phone.
 */
class MethodChooserJourneyIT {

    @Test
    void aBoardMemberTakesTheChooserSeesTheAdviceAndHerAdvisorAddsANote() throws IOException {
        Initiative initiative = Fixtures.initiative("Dorpshuis Methoden " + Fixtures.unique("m"), "Midden-Drenthe");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        Person advisor = Fixtures.advisorOf(initiative);
        String note = "Begin met twee avonden voor de verandertheorie; ik kom graag helpen. " + Fixtures.unique("n");

        try (Browser board = Browser.desktop()) {
            board.logIn(member.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            assertTrue(board.has("noMethods"), "no choice recorded yet: an invitation to take the chooser");
            board.click("takeChooser").awaitPath("/app/method/chooser.xhtml");
            assertEquals("page", board.element("navMethods").getAttribute("aria-current"));
            assertEquals("Stap 1 van 5", board.text("stepCount").strip());
            AccessibilityIT.assertAccessible(board, "the chooser, first question");
            board.screenshotFullPage("method-chooser-step-1366");

            // nothing ticked: refused next to the question, in Dutch, and still on step 1
            board.click("chooser:next");
            assertTrue(messageAt(board, "chooser:purposes").contains("Kies minstens één antwoord."), board.pageText());
            assertEquals("Stap 1 van 5", board.text("stepCount").strip());
            AccessibilityIT.assertAccessible(board, "the chooser with a refusal");

            // the keyboard alone: the first answer has the focus, Space ticks, Tab moves on, Enter on the button goes
            // forward
            Actions keys = new Actions(board.driver());
            assertTrue(
                    focused(board).startsWith("chooser:purposes"), "the first answer has the focus: " + focused(board));
            keys.sendKeys(Keys.SPACE).perform(); // the municipality
            keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.SPACE).perform(); // motivating volunteers
            keys.sendKeys(Keys.TAB, Keys.SPACE).perform(); // recognition
            assertTrue(board.element("chooser:purposes:0").isSelected());
            assertTrue(board.element("chooser:purposes:3").isSelected());
            assertTrue(board.element("chooser:purposes:4").isSelected());
            tabTo(board, "chooser:next");
            keys.sendKeys(Keys.ENTER).perform();
            board.awaitQuiet();
            board.awaitTrue(() -> board.text("stepCount").contains("Stap 2 van 5"));
            // the focus moves to the new question once PrimeFaces has finished the update
            board.awaitTrue(() -> focused(board).startsWith("chooser:euros"));
            keys.sendKeys(Keys.ARROW_DOWN).perform(); // from "Ja" to "Nee"
            assertTrue(board.element("chooser:euros:1").isSelected(), "no amount in euros needed");
            tabTo(board, "chooser:next");
            keys.sendKeys(Keys.ENTER).perform();
            board.awaitQuiet();
            board.awaitTrue(() -> board.text("stepCount").contains("Stap 3 van 5"));

            // "Nog niets" does not go with stories
            tick(board, "chooser:data:1");
            tick(board, "chooser:data:3");
            board.click("chooser:next");
            assertTrue(messageAt(board, "chooser:data").contains("niet samen met andere antwoorden"), board.pageText());
            tick(board, "chooser:data:3");
            board.click("chooser:next");
            assertEquals("Stap 4 van 5", board.text("stepCount").strip());

            // a step back keeps what she ticked, and forward again
            board.click("chooser:back");
            assertEquals("Stap 3 van 5", board.text("stepCount").strip());
            assertTrue(board.element("chooser:data:1").isSelected(), "the stories are still ticked");
            assertFalse(board.element("chooser:data:3").isSelected());
            board.click("chooser:next");
            choose(board, "chooser:capacity:0"); // little time
            choose(board, "chooser:help:0"); // no help from outside
            board.click("chooser:next");
            assertEquals("Stap 5 van 5", board.text("stepCount").strip());
            choose(board, "chooser:phase:1"); // running for a few years
            board.click("chooser:next");

            // the advice: the Theory of Change first, then the stories, each with why it fits these answers
            board.awaitText("Deze methoden passen bij u");
            // the advice is read from its start: the focus is on its heading, not on the choice below it
            board.awaitTrue(() -> focused(board).equals("recommendedHeading"));
            assertEquals(
                    List.of("1. Verandertheorie (Theory of Change)", "2. Narratieve methode (verhalen)"),
                    board.driver().findElements(By.cssSelector("#recommended article h3")).stream()
                            .map(WebElement::getText)
                            .toList());
            String toc = board.text("fit-THEORY_OF_CHANGE");
            assertTrue(toc.contains("U wilt verantwoording afleggen."), toc);
            assertTrue(toc.contains("U wilt vrijwilligers motiveren."), toc);
            String stories = board.text("fit-NARRATIVE");
            assertTrue(stories.contains("U heeft al verhalen en ervaringen."), stories);
            assertTrue(stories.contains("U wilt erkenning."), stories);
            assertTrue(stories.contains("U heeft weinig tijd."), stories);
            assertTrue(stories.contains("Per verhaal één à twee uur"), "the effort: " + stories);
            assertTrue(board.text("combinations").contains("Begin met de verandertheorie."), board.pageText());
            assertTrue(board.text("other-SROI").contains("U heeft geen bedrag in euro's nodig."), board.pageText());
            assertTrue(board.element("choose:chosen:0").isSelected(), "the recommended methods are ticked");
            assertTrue(board.element("choose:chosen:3").isSelected());
            assertFalse(board.element("choose:chosen:1").isSelected(), "the SROI is not");
            AccessibilityIT.assertAccessible(board, "the advice");
            board.screenshotFullPage("method-chooser-advice-1366");

            board.click("choose:record");
            board.awaitText("Uw keuze is vastgelegd.");
            assertEquals("/app/method/chooser.xhtml", board.path());
            assertTrue(board.text("chosenMethods").contains("Narratieve methode"), board.pageText());
            assertTrue(board.has("noNote"));
            assertFalse(board.has("noteForm:note"), "the note is the advisor's");
            assertEquals(
                    1,
                    board.driver()
                            .findElements(By.cssSelector("[id='history:takes'] tbody tr"))
                            .size());

            board.click("navHome").awaitPath("/app/initiative/home.xhtml");
            String methods = board.text("methods");
            assertTrue(methods.contains("Verandertheorie"), methods);
            assertTrue(
                    board.driver()
                            .findElement(By.linkText("Narratieve methode (verhalen)"))
                            .getAttribute("href")
                            .endsWith("/app/method/msc.xhtml"),
                    "every chosen method leads to its workspace");
            assertTrue(
                    board.driver()
                            .findElement(By.linkText("Verandertheorie (Theory of Change)"))
                            .getAttribute("href")
                            .endsWith("/app/method/toc.xhtml"),
                    "the Theory of Change opens its workspace");
            board.screenshotFullPage("initiative-home-methods-1366");

            try (Browser desk = Browser.desktop()) {
                desk.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/enter.xhtml?initiative=" + initiative.slug());
                desk.open("/app/method/chooser.xhtml");
                AccessibilityIT.assertAccessible(desk, "the chooser with the advisor's note form");
                desk.type("noteForm:note", note).click("noteForm:save");
                desk.awaitText("De notitie is opgeslagen.");
                assertEquals(note, desk.text("advisorNote"));
            }

            board.open("/app/method/chooser.xhtml");
            assertEquals(note, board.text("advisorNote"), "the board member reads her advisor's note");
            assertTrue(board.text("noteBy").contains("Adviseur"), board.text("noteBy"));
            AccessibilityIT.assertAccessible(board, "the recorded choice with its note");
            board.screenshotFullPage("method-chooser-choice-1366");

            // taking it again starts from her answers; stopping leaves the choice as it was
            board.click("retake:start");
            assertEquals("Stap 1 van 5", board.text("stepCount").strip());
            assertTrue(board.element("chooser:purposes:4").isSelected(), "her earlier answers are there");
            board.click("chooser:stop");
            assertEquals(note, board.text("advisorNote"));
        }
    }

    @Test
    void theChooserAndItsAdviceFitAPhone() throws IOException {
        Initiative initiative = Fixtures.initiative("Odensehuis Methoden " + Fixtures.unique("m"), "Meppel");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");

        try (Browser phone = Browser.phone()) {
            phone.logIn(chair.email(), Fixtures.PASSWORD).open("/app/method/chooser.xhtml");
            assertFitsTheScreen(phone, "step 1");
            phone.screenshotFullPage("method-chooser-step-360");
            tick(phone, "chooser:purposes:1"); // a fund
            tick(phone, "chooser:purposes:2"); // learning
            phone.click("chooser:next");
            choose(phone, "chooser:euros:2"); // not sure yet
            phone.click("chooser:next");
            tick(phone, "chooser:data:1"); // stories
            tick(phone, "chooser:data:2"); // surveys
            phone.click("chooser:next");
            assertFitsTheScreen(phone, "step 4, two questions");
            choose(phone, "chooser:capacity:0");
            choose(phone, "chooser:help:1"); // a student of Windesheim
            phone.click("chooser:next");
            choose(phone, "chooser:phase:1");
            phone.click("chooser:next");
            phone.awaitText("Deze methoden passen bij u");
            assertTrue(phone.has("fit-EFFECT_MEASUREMENT"), phone.pageText());
            assertTrue(
                    phone.text("fit-EFFECT_MEASUREMENT").contains("Tien tot twintig uur voor het bestuur"),
                    "with a student the board's hours are fewer");
            assertFitsTheScreen(phone, "the advice");
            AccessibilityIT.assertAccessible(phone, "the advice on a phone");
            phone.screenshotFullPage("method-chooser-advice-360");
            phone.click("choose:record");
            phone.awaitText("Uw keuze is vastgelegd.");
            assertFitsTheScreen(phone, "the recorded choice");
            phone.screenshotFullPage("method-chooser-choice-360");
        }
    }

    /** Ticks or unticks a PrimeFaces checkbox by its box, as a person clicks it. */
    private static void tick(Browser browser, String inputId) {
        browser.awaitQuiet();
        browser.driver()
                .findElement(By.xpath("//input[@id='" + inputId
                        + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.awaitQuiet();
    }

    /** Chooses a PrimeFaces radio button by its circle, as a person clicks it. */
    private static void choose(Browser browser, String inputId) {
        browser.awaitQuiet();
        browser.driver()
                .findElement(
                        By.xpath(
                                "//input[@id='" + inputId
                                        + "']/ancestor::div[contains(@class,'ui-radiobutton')][1]/div[contains(@class,'ui-radiobutton-box')]"))
                .click();
        browser.awaitQuiet();
    }

    private static String messageAt(Browser browser, String inputId) {
        return browser.driver()
                .findElement(By.cssSelector("[id='" + inputId + "'] ~ .ui-message"))
                .getText();
    }

    /** Presses Tab until the element {@code id} has the focus, as a keyboard user moves on to a button. */
    private static void tabTo(Browser browser, String id) {
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 12 && !focused(browser).equals(id); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(id, focused(browser), "reached by Tab");
    }

    private static String focused(Browser browser) {
        return String.valueOf(browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    private static void assertFitsTheScreen(Browser browser, String page) {
        assertTrue(browser.fitsTheScreen(), page + " is wider than the screen: " + browser.widths());
    }
}
