package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Someone mistypes their password once, gives up, and later opens the portal again through its
 * address or a bookmark, in the same browser: they get the login form, not an empty page, and
 * then get in.
 */
class MistypedPasswordJourneyIT {

    @Test
    void afterOneWrongPasswordTheSiteAddressStillShowsTheLoginForm() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Typfout " + Fixtures.unique("t"), "Pekela");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");

        try (Browser browser = new Browser()) {
            browser.open("/");
            assertTrue(browser.path().endsWith("/login.xhtml"), browser.path());
            browser.logIn(member.email(), "verkeerd-getypt");
            browser.awaitText("Inloggen is niet gelukt.");

            browser.open("/");
            assertTrue(
                    browser.path().endsWith("/login.xhtml"),
                    "the site's address leads to the login form: " + browser.path());
            assertEquals(
                    "Inloggen", browser.driver().findElement(By.tagName("h1")).getText());

            browser.open("/app/goal/goal-overview.xhtml");
            assertTrue(browser.path().endsWith("/login.xhtml"), "a bookmark too: " + browser.path());

            browser.logIn(member.email(), Fixtures.PASSWORD);
            assertTrue(browser.pageText().contains(initiative.name()), "logged in and in the initiative");
        }
    }
}
