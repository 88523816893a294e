package nl.cmostamm.portal.web;

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
                    .filter(item -> item.getText().equals("Startbijeenkomst")).findFirst().orElseThrow().click();
            browser.type("session:title", "Startbijeenkomst in de kerk");
            browser.type("session:counts:0:count_input", "2").type("session:counts:1:count_input", "41");
            browser.type("session:outcome", "Vervoer naar de huisarts is de grootste zorg.");
            browser.click("session:save");
            browser.awaitText("De bijeenkomst is vastgelegd.");
            String log = browser.text("sessions:list");
            assertTrue(log.contains("Startbijeenkomst in de kerk"), log);
            assertTrue(log.contains("Inwoners: 41") && log.contains("Gemeente Het Hogeland: 2"), log);
            assertTrue(log.contains("Vervoer naar de huisarts"), log);
        }
    }

    private static void addGroup(Browser browser, String name, String size) {
        browser.type("group:name", name);
        if (!size.isEmpty()) {
            browser.type("group:estimatedSize_input", size);
        }
        browser.click("group:save");
        browser.awaitText("De groep is toegevoegd.");
        browser.awaitTrue(() -> browser.text("groups:list").contains(name));
    }
}
