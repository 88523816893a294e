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
import org.openqa.selenium.WebElement;

/**
 * A Most Significant Change round as the Odensehuis runs it: the coordinator sets down two domains
 * and opens a round, enters three carers' stories with why each change matters to its teller (a
 * story without consent is not on offer); the team meets, reads the stories per domain and chooses,
 * first forgetting to say why; the board then chooses from the team's picks. The round shows the
 * result with the reasons, and the coordinator records how she told a teller. Screenshots at 1366
 * and 360 px; axe-core on each page.
 */
class MscJourneyIT {

    @Test
    void aTeamThenTheBoardChooseTheMostSignificantStoriesAndSayWhy() throws IOException {
        Initiative initiative = Fixtures.initiative("Odensehuis MSC " + Fixtures.unique("m"), "Meppel");
        Person coordinator = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        Fixtures.story(initiative, "Even op adem");
        Fixtures.story(initiative, "Samen wandelen");
        Fixtures.story(initiative, "De deur staat open");
        Fixtures.inTenant(
                initiative.id(),
                "insert into story (initiative_id, title, body, told_on, teller_role) "
                        + "values (?, 'Nog zonder toestemming', 'Tekst', current_date, 'CARER')",
                initiative.id());

        try (Browser browser = Browser.desktop()) {
            browser.logIn(coordinator.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            browser.click("navMsc").awaitPath("/app/method/msc.xhtml");
            assertTrue(browser.pageText().contains("Leg eerst een domein van verandering vast"), "first a domain");
            for (String domain : List.of("Ontlasting van mantelzorgers", "Je welkom voelen")) {
                browser.click("newDomain").awaitPath("/app/method/msc-domain.xhtml");
                browser.type("domain:name", domain);
                browser.click("domain:save");
                browser.awaitText("Het domein is toegevoegd.");
            }
            assertTrue(browser.text("domains").contains("Ontlasting van mantelzorgers"), browser.text("domains"));

            browser.click("newRound").awaitPath("/app/method/msc-round-settings.xhtml");
            assertTrue(
                    browser.element("round:question")
                            .getAttribute("value")
                            .startsWith("Wat is voor u de belangrijkste"),
                    "MSC's question is ready to use");
            browser.type("round:title", "Najaar 2026");
            browser.click("round:save");
            browser.awaitText("De ronde is geopend.");
            assertEquals("/app/method/msc-round.xhtml", browser.path());
            String round = browser.driver().getCurrentUrl();
            round = round.substring(round.indexOf("/app/"));

            assertFalse(
                    options(browser, "entry:story").contains("Nog zonder toestemming"),
                    "a story without consent is not on offer");
            enter(browser, "Even op adem", "Ontlasting van mantelzorgers", "Ik had weer tijd voor mezelf.");
            enter(browser, "Samen wandelen", "Ontlasting van mantelzorgers", "We doen weer iets samen.");
            enter(browser, "De deur staat open", "Je welkom voelen", "Hier hoef ik niets uit te leggen.");
            assertTrue(browser.pageText().contains("Hier hoef ik niets uit te leggen."), browser.pageText());
            AccessibilityIT.assertAccessible(browser, "a round with three stories");

            browser.click("newPanel").awaitPath("/app/method/msc-panel.xhtml");
            browser.type("panel:name", "Team");
            browser.type("panel:members", "Anja (coördinator), Bert en Carla (vrijwilligers)");
            browser.click("panel:save");
            browser.awaitText("Het panel is aangemaakt.");
            // domains in alphabetical order: 0 = Je welkom voelen, 1 = Ontlasting van mantelzorgers
            assertTrue(browser.text("domains:1:choice").contains("Ik had weer tijd voor mezelf."));
            choose(browser, "domains:1:choice:entry:0");
            browser.click("domains:1:choice:save");
            browser.awaitText("Schrijf op waarom het panel dit verhaal koos");
            assertEquals("/app/method/msc-panel.xhtml", browser.path());
            browser.type("domains:1:choice:reason", "Rust voor de mantelzorger is waar het Odensehuis om draait.");
            browser.click("domains:1:choice:save");
            browser.awaitText("De keuze is opgeslagen.");
            browser.awaitTrue(() -> "domains:1:choice:status"
                    .equals(browser.driver().switchTo().activeElement().getAttribute("id")));
            assertTrue(
                    browser.text("domains:1:choice:status").contains("Gekozen en opgeslagen: \"Even op adem\""),
                    "the saved choice is confirmed where the panel is working, and focus goes there");
            choose(browser, "domains:0:choice:entry:0");
            browser.type("domains:0:choice:reason", "Iedereen in het team herkende dit.");
            browser.click("domains:0:choice:save");
            browser.awaitText("De keuze is opgeslagen.");
            AccessibilityIT.assertAccessible(browser, "a panel's meeting");
            browser.screenshotFullPage("msc-panel-1366");

            browser.open(round);
            browser.click("newPanel").awaitPath("/app/method/msc-panel.xhtml");
            browser.type("panel:name", "Bestuur");
            browser.type("panel:members", "Voorzitter en penningmeester");
            selectOne(browser, "panel:stage", "2");
            browser.click("panel:save");
            browser.awaitText("Het panel is aangemaakt.");
            String relief = browser.text("domains:1:choice");
            assertTrue(relief.contains("Rust voor de mantelzorger"), "the team's reason is read: " + relief);
            assertFalse(relief.contains("We doen weer iets samen."), "only what the team chose");
            choose(browser, "domains:1:choice:entry:0");
            browser.type("domains:1:choice:reason", "Dit verhaal laat de gemeente zien waarom respijt telt.");
            browser.click("domains:1:choice:save");
            browser.awaitText("De keuze is opgeslagen.");

            browser.open(round);
            String result = browser.text("result");
            assertTrue(result.contains("Even op adem"), result);
            assertTrue(result.contains("Gekozen door Bestuur"), result);
            assertTrue(result.contains("Dit verhaal laat de gemeente zien waarom respijt telt."), result);
            assertTrue(result.contains("Iedereen in het team herkende dit."), "the other domain's team pick stands");

            selectOne(browser, "feedback:teller", "Even op adem");
            selectOne(browser, "feedback:channel", "Per brief");
            browser.type("feedback:note", "Brief met de redenen meegegeven op de inloopmiddag.");
            browser.click("feedback:record");
            browser.awaitText("De terugkoppeling is vastgelegd.");
            assertTrue(browser.text("letters").contains("Per brief"), browser.text("letters"));
            AccessibilityIT.assertAccessible(browser, "a round with its result and feedback");
            browser.screenshotFullPage("msc-round-1366");

            // English from the user menu reopens this round, not a page without its id
            browser.click("menu:user_button");
            browser.click("menu:english");
            browser.awaitText("Feedback to the tellers");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith(round),
                    browser.driver().getCurrentUrl());
            browser.click("menu:user_button");
            browser.click("menu:dutch");
            browser.awaitText("Terugkoppeling aan de vertellers");
        }

        try (Browser phone = Browser.phone()) {
            phone.logIn(coordinator.email(), Fixtures.PASSWORD).open("/app/method/msc.xhtml");
            phone.driver().findElement(By.linkText("Najaar 2026")).click();
            phone.awaitPath("/app/method/msc-round.xhtml");
            phone.screenshotFullPage("msc-round-360");
            phone.driver().findElement(By.linkText("Team")).click();
            phone.awaitPath("/app/method/msc-panel.xhtml");
            phone.screenshotFullPage("msc-panel-360");
            assertTrue(phone.fitsTheScreen(), "nothing wider than a phone");
        }
    }

    private static void enter(Browser browser, String story, String domain, String significance) {
        selectOne(browser, "entry:story", story);
        selectOne(browser, "entry:domain", domain);
        browser.type("entry:significance", significance);
        browser.click("entry:add");
        browser.awaitText("Het verhaal doet mee in de ronde.");
    }

    private static List<String> options(Browser browser, String menuId) {
        return browser.driver().findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Chooses an option of a PrimeFaces select menu by its label, as a person clicks it. */
    private static void selectOne(Browser browser, String menuId, String label) {
        browser.awaitQuiet();
        browser.element(menuId)
                .findElement(By.cssSelector(".ui-selectonemenu-trigger"))
                .click();
        browser.awaitQuiet();
        browser.driver()
                .findElement(By.xpath("//div[@id='" + menuId
                        + "_panel']//li[contains(@class,'ui-selectonemenu-item') and normalize-space(.)='" + label
                        + "']"))
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
}
