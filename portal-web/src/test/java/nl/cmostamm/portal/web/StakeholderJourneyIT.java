package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A board member maps the initiative's stakeholders and logs the kick-off meeting: two groups in
 * the register, then a session with how many of each group came and what came out.
 */
class StakeholderJourneyIT {

    @Test
    void aBoardMemberRegistersStakeholdersAndLogsAMeeting() {
        Initiative initiative = Fixtures.initiative("Dorpscoöperatie Belang " + Fixtures.unique("b"), "Het Hogeland");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        try (Browser browser = new Browser()) {
            browser.logIn(member.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            browser.click("navStakeholders").awaitPath("/app/stakeholder/stakeholders.xhtml");
            addGroup(browser, "Inwoners", "600");
            addGroup(browser, "Gemeente Het Hogeland", "");
            browser.type("group:name", "inwoners").click("group:save");
            browser.awaitText("Er is al een groep met deze naam.");
            assertTrue(browser.text("groups:list").contains("Gemeente Het Hogeland"));

            browser.click("toLog").awaitPath("/app/stakeholder/involvement.xhtml");
            browser.click("session:method");
            browser.driver().findElements(By.cssSelector("#session\\:method_items li")).stream()
                    .filter(item -> item.getText().equals("Startbijeenkomst"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.type("session:title", "Startbijeenkomst in de kerk");
            browser.type("session:counts:0:count", "2").type("session:counts:1:count", "41");
            browser.type("session:outcome", "Vervoer naar de huisarts is de grootste zorg.");
            browser.click("session:save");
            browser.awaitText("De bijeenkomst is vastgelegd.");
            String log = browser.text("sessions:list");
            assertTrue(log.contains("Startbijeenkomst in de kerk"), log);
            assertTrue(log.contains("Inwoners: 41") && log.contains("Gemeente Het Hogeland: 2"), log);
            assertTrue(log.contains("Vervoer naar de huisarts"), log);
        }
    }

    @Test
    void aWrongSizeOrATooLongNameIsRefusedNextToItsFieldAndKeptAsTyped() {
        Initiative initiative = Fixtures.initiative("Dorpsbelang Omvang " + Fixtures.unique("b"), "Het Hogeland");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        try (Browser browser = new Browser()) {
            browser.logIn(member.email(), Fixtures.PASSWORD).open("/app/stakeholder/stakeholders.xhtml");

            browser.type("group:name", "Jongeren")
                    .type("group:estimatedSize", "-50")
                    .click("group:save");
            assertTrue(
                    message(browser, "group:estimatedSize").contains("vul een getal van 0 tot en met 10.000.000 in"),
                    message(browser, "group:estimatedSize"));
            assertEquals("-50", browser.element("group:estimatedSize").getAttribute("value"), "what was typed stays");
            assertFalse(browser.pageText().contains("De groep is toegevoegd."));

            browser.type("group:estimatedSize", "veel").click("group:save");
            assertTrue(
                    message(browser, "group:estimatedSize").contains("vul een geheel getal in"),
                    message(browser, "group:estimatedSize"));
            assertEquals("veel", browser.element("group:estimatedSize").getAttribute("value"));

            String tooLong = "Jongeren ".repeat(15); // 135 characters, the limit is 120
            browser.type("group:name", tooLong)
                    .type("group:estimatedSize", "40")
                    .click("group:save");
            assertTrue(message(browser, "group:name").contains("hoogstens 120 tekens"), message(browser, "group:name"));
            assertEquals(tooLong, browser.element("group:name").getAttribute("value"), "nothing cut off");
            assertFalse(browser.text("groups:list").contains("Jongeren"), "nothing stored");
        }
    }

    /** The message shown next to an input (the p:message that follows it in its field). */
    private static String message(Browser browser, String inputId) {
        return browser.driver()
                .findElement(By.cssSelector("[id='" + inputId + "'] ~ .ui-message"))
                .getText();
    }

    private static void addGroup(Browser browser, String name, String size) {
        browser.type("group:name", name);
        if (!size.isEmpty()) {
            browser.type("group:estimatedSize", size);
        }
        browser.click("group:save");
        browser.awaitText("De groep is toegevoegd.");
        browser.awaitTrue(() -> browser.text("groups:list").contains(name));
    }
}
