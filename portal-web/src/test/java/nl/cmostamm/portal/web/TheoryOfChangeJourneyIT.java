package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
 * A board member builds her initiative's Theory of Change: she walks the ten steps of the plan,
 * leaves halfway and finds her place again after logging in anew, ties an output to the indicator
 * she already measures and sees its light in the chain; she adds a link with an assumption by
 * keyboard alone; the board freezes the chain and compares it with a later one; an advisor
 * comments on an element.
 */
class TheoryOfChangeJourneyIT {

    @Test
    void aBoardMemberWalksTheTenStepsLeavesHalfwayAndResumesWhereSheWas() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Stappen " + Fixtures.unique("t"), "Midden-Groningen");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long goal = Fixtures.goal(initiative, "Ouderen komen onder de mensen");
        long indicator = Fixtures.indicator(initiative, goal, "Bezoekers koffieochtend", 40);
        Fixtures.measurement(
                initiative, indicator, LocalDate.now().withDayOfMonth(1).minusMonths(1), 35);

        try (Browser browser = new Browser()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            browser.click("navToc").awaitPath("/app/method/toc.xhtml");
            assertTrue(browser.pageText().contains("Nog geen verandertheorie"), browser.pageText());
            browser.click("steps").awaitPath("/app/method/toc-steps.xhtml");
            assertTrue(browser.text("stepOf").startsWith("Stap 1 van 10"), browser.text("stepOf"));
            assertTrue(browser.text("question").contains("Wat is de situatie"), browser.text("question"));

            browser.type("answer:title", "Ouderen in het dorp zijn eenzaam");
            browser.click("answer:add");
            browser.awaitText("Uw antwoord is bewaard.");
            browser.type("answer:title", "Jongeren vertrekken");
            browser.click("answer:add");
            browser.awaitText("Jongeren vertrekken");
            browser.click("answer:next");
            browser.awaitText("Stap 2 van 10");
            browser.type("answer:title", "Niemand staat er alleen voor");
            browser.click("answer:next");
            browser.awaitText("Stap 3 van 10");
            browser.type("answer:title", "Een ruimte in het dorpshuis");
            browser.click("answer:later").awaitPath("/app/method/toc.xhtml");
            browser.awaitText("gaat u later verder bij stap 3.");
            assertTrue(browser.pageText().contains("Een ruimte in het dorpshuis"), "the answer in the field was kept");
        }

        try (Browser browser = new Browser()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/method/toc.xhtml");
            assertEquals("Verder met het stappenplan", browser.text("steps"));
            assertTrue(
                    browser.pageText().contains("Niemand staat er alleen voor"),
                    "the answer typed before 'next' was kept");
            browser.click("steps").awaitPath("/app/method/toc-steps.xhtml");
            assertTrue(browser.text("stepOf").startsWith("Stap 3 van 10"), "resumed where she left");

            for (String[] answer : new String[][] {
                {"3", "Vrijwilligers en een ruimte"},
                {"4", "Koffieochtend"},
                {"5", "Ouderen komen op de koffie"},
                {"6", "Ouderen voelen zich minder alleen"},
                {"7", "Een dorp waar men naar elkaar omkijkt"}
            }) {
                assertTrue(browser.text("stepOf").startsWith("Stap " + answer[0] + " van 10"), browser.text("stepOf"));
                browser.type("answer:title", answer[1]);
                browser.click("answer:next");
                browser.awaitText("Stap " + (Integer.parseInt(answer[0]) + 1) + " van 10");
            }
            assertTrue(browser.text("question").contains("output"), browser.text("question"));
            assertTrue(browser.pageText().contains("Nog geen indicator gekoppeld."));
            choose(
                    browser,
                    browser.driver().findElement(By.cssSelector("[id$=':indicator']")),
                    "Bezoekers koffieochtend");
            browser.driver()
                    .findElement(By.xpath("//button[.//span[text()='Koppelen']]"))
                    .click();
            browser.awaitText("De indicator is gekoppeld.");
            browser.click("answer:next");
            browser.awaitText("Stap 9 van 10");
            browser.click("answer:next");
            browser.awaitText("Stap 10 van 10");
            assertEquals("Klaar", browser.text("answer:next"));
            browser.click("answer:next").awaitPath("/app/method/toc.xhtml");
            browser.awaitText("U hebt alle tien stappen doorlopen.");

            String output = browser.text("chainList");
            assertTrue(output.contains("Bezoekers koffieochtend: 35 (streefwaarde 40) – Meer dan halverwege"), output);
            assertTrue(output.contains("Meer dan halverwege"), "the indicator's light, in words");
            assertTrue(output.contains("Nog een aanname"), "the outcome has no evidence yet: " + output);
            WebElement diagram = browser.driver().findElement(By.cssSelector(".toc-diagram svg"));
            assertEquals("toc-diagram-title", diagram.getAttribute("aria-labelledby"));
            assertTrue(
                    browser.driver()
                                    .findElement(By.cssSelector(".toc-diagram svg title"))
                                    .getAttribute("textContent")
                                    .length()
                            > 0,
                    "the diagram has a text alternative");
            assertEquals("Stappenplan opnieuw doorlopen", browser.text("steps"));

            // the diagram is a way in too: a box opens its element's editor
            browser.driver()
                    .findElement(
                            By.xpath("//*[local-name()='a'][.//*[local-name()='text'][contains(., 'Koffieochtend')]]"))
                    .click();
            browser.awaitPath("/app/method/toc-element.xhtml");
            assertEquals("Koffieochtend", browser.element("element:title").getAttribute("value"));
        }
    }

    @Test
    void aLinkWithAnAssumptionIsAddedByKeyboardAlone() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Toetsen " + Fixtures.unique("t"), "Het Hogeland");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        Fixtures.tocElement(initiative, "ACTIVITY", "Dorpsdiner");
        Fixtures.tocElement(initiative, "OUTPUT", "Gasten aan tafel");

        try (Browser browser = new Browser()) {
            browser.logIn(member.email(), Fixtures.PASSWORD).open("/app/method/toc.xhtml");
            // a PrimeFaces select is a combobox (its label takes the focus); arrow keys choose
            WebElement from = browser.element("linkForm:from_label");
            from.sendKeys(Keys.ARROW_DOWN);
            browser.awaitQuiet();
            Actions keys = new Actions(browser.driver());
            keys.sendKeys(Keys.TAB).perform();
            keys.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
            keys.sendKeys(Keys.TAB).perform();
            keys.sendKeys("Een warme maaltijd trekt ook wie anders thuis blijft")
                    .perform();
            keys.sendKeys(Keys.TAB, Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
            keys.sendKeys(Keys.TAB, "Gasten vertellen het zelf").perform();
            keys.sendKeys(Keys.TAB).perform();
            assertEquals(
                    "linkForm:save", browser.driver().switchTo().activeElement().getAttribute("id"));
            keys.sendKeys(Keys.ENTER).perform();
            browser.awaitText("Het verband is toegevoegd.");

            String table = browser.text("linkList");
            assertTrue(table.contains("Dorpsdiner"), table);
            assertTrue(table.contains("Gasten aan tafel"), table);
            assertTrue(table.contains("Een warme maaltijd trekt ook wie anders thuis blijft"), table);
            assertTrue(table.contains("Gemiddeld"), "the confidence chosen by arrow keys: " + table);
            assertTrue(table.contains("A1"), "the assumption's number, as in the diagram and the exports");

            // the link opens in the same form to be changed or deleted
            browser.driver().findElement(By.linkText("Bewerken")).click();
            browser.awaitQuiet();
            assertEquals(
                    "Een warme maaltijd trekt ook wie anders thuis blijft",
                    browser.element("linkForm:assumption").getAttribute("value"));
            browser.click("linkForm:delete");
            browser.click(browser.driver()
                    .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                    .getAttribute("id"));
            browser.awaitText("Het verband is verwijderd.");
            assertTrue(browser.pageText().contains("Er zijn nog geen verbanden."));
        }
    }

    @Test
    void theBoardFreezesTheChainComparesItLaterAndAnAdvisorComments() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Versies " + Fixtures.unique("t"), "Midden-Drenthe");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        Person advisor = Fixtures.advisorOf(initiative);
        long meal = Fixtures.tocElement(initiative, "ACTIVITY", "Dorpsdiner");
        long guests = Fixtures.tocElement(initiative, "OUTPUT", "Gasten aan tafel");
        Fixtures.tocLink(initiative, meal, guests, "Een warme maaltijd trekt mensen");

        try (Browser browser = new Browser()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/method/toc.xhtml");
            browser.click("versions").awaitPath("/app/method/toc-versions.xhtml");
            browser.type("freeze:label", "Verandertheorie 2026");
            browser.click("freeze:freezeNow");
            browser.awaitText("De versie \"Verandertheorie 2026\" is vastgelegd.");
            assertTrue(browser.text("versionTable").contains("Verandertheorie 2026"));

            browser.open("/app/method/toc-element.xhtml?level=OUTCOME");
            browser.type("element:title", "Dorpsgenoten kennen elkaar");
            browser.click("element:save").awaitPath("/app/method/toc.xhtml");
            browser.open("/app/method/toc-versions.xhtml");
            browser.click("compare:run");
            browser.awaitText("Toegevoegde onderdelen");
            assertTrue(
                    browser.text("addedElements").contains("Dorpsgenoten kennen elkaar"),
                    browser.text("addedElements"));
            assertFalse(browser.has("removedElements"));

            browser.driver().findElement(By.linkText("Verandertheorie 2026")).click();
            browser.awaitPath("/app/method/toc-version.xhtml");
            String frozen = browser.text("chainList");
            assertTrue(frozen.contains("Gasten aan tafel"));
            assertFalse(frozen.contains("Dorpsgenoten kennen elkaar"), "the version is the chain as it stood");
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector("[id$='element:save']"))
                            .isEmpty(),
                    "read-only");
        }

        try (Browser browser = new Browser()) {
            browser.logIn(advisor.email(), Fixtures.PASSWORD)
                    .open("/app/enter.xhtml?initiative=" + initiative.slug())
                    .open("/app/method/toc-element.xhtml?id=" + guests);
            browser.type("comment:body", "Tel ook wie helpt met koken?");
            browser.click("comment:add");
            browser.awaitText("Uw opmerking is geplaatst.");
        }

        try (Browser browser = new Browser()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/method/toc-element.xhtml?id=" + guests);
            String comments = browser.text("comments");
            assertTrue(comments.contains("Tel ook wie helpt met koken?"), comments);
            assertTrue(comments.contains(advisor.name()), "with who wrote it: " + comments);
        }
    }

    /** Chooses an option of a PrimeFaces select menu by opening it and clicking the option. */
    private static void choose(Browser browser, WebElement menu, String label) {
        menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
        browser.awaitQuiet();
        browser.driver()
                .findElement(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and normalize-space(.)='" + label
                        + " (Ouderen komen onder de mensen)']"))
                .click();
        browser.awaitQuiet();
    }
}
