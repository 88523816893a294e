package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Dutch by default, English on request and remembered with the account; logging in works with the
 * keyboard alone, starting from the skip link.
 */
class LanguageAndKeyboardJourneyIT {

    @Test
    void theEnglishChoiceIsRememberedAtTheNextLogin() {
        Initiative initiative = Fixtures.initiative("Odensehuis Proef " + Fixtures.unique("o"), "Meppel");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");

        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            assertEquals("nl", browser.script("return document.documentElement.lang"));
            assertTrue(browser.pageText().contains("Inloggen"));

            browser.logIn(member.email(), Fixtures.PASSWORD);
            browser.awaitText("Bestuursleden");
            browser.click("menu:user_button");
            browser.click("menu:english");
            browser.awaitText("Board members");

            browser.click("menu:user_button");
            browser.click("menu:logout");
            browser.logIn(member.email(), Fixtures.PASSWORD);
            browser.awaitText("Board members");
            assertEquals("en", browser.script("return document.documentElement.lang"));
        }
    }

    @Test
    void englishChosenOnTheLoginPageStaysAfterLoggingIn() {
        Initiative initiative = Fixtures.initiative("Ebbingehof Proef " + Fixtures.unique("e"), "Groningen");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");

        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml").click("language:en");
            browser.awaitText("Log in with your e-mail address");
            browser.type("login:email", member.email());
            browser.type("login:password", Fixtures.PASSWORD);
            browser.click("login:submit");
            browser.awaitText("Board members");
        }
    }

    @Test
    void aPersonCanLogInWithTheKeyboardAlone() {
        Initiative initiative = Fixtures.initiative("Dorpsloket Toets " + Fixtures.unique("k"), "Eemsdelta");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");

        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            Actions keys = new Actions(browser.driver());
            keys.sendKeys(Keys.TAB).perform();
            assertEquals(
                    "Naar de inhoud",
                    browser.driver().switchTo().activeElement().getText(),
                    "the skip link comes first");

            browser.element("login:email").click();
            keys.sendKeys(member.email()).sendKeys(Keys.TAB).perform();
            assertEquals(
                    "login:password",
                    browser.driver().switchTo().activeElement().getAttribute("id"));
            keys.sendKeys(Fixtures.PASSWORD).sendKeys(Keys.ENTER).perform();
            browser.awaitQuiet();
            browser.awaitText(initiative.name());

            assertEquals("/app/initiative/home.xhtml", browser.path());
        }
    }
}
