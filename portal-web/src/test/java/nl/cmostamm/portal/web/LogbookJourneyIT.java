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
 * The village help desk's Tuesday evening: add a volunteer, register two requests and link them
 * through the matching helper, see the load view warn that one volunteer does too much, and open
 * the annual overview.
 */
class LogbookJourneyIT {

    @Test
    void theCoordinatorRegistersRequestsAssignsVolunteersAndSeesTheOverloadWarning() {
        Initiative initiative = Fixtures.initiative("Dorpsloket Logboek " + Fixtures.unique("l"), "Eemsdelta");
        Person coordinator = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        Fixtures.helpCategory(initiative, "Vervoer");
        Fixtures.volunteer(initiative, "Aaltje Dijkstra", Fixtures.helpCategory(initiative, "Pc-hulp"));

        try (Browser browser = new Browser()) {
            browser.logIn(coordinator.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            browser.click("navLogbook").awaitPath("/app/logbook/week.xhtml");
            browser.click("logbookVolunteers").awaitPath("/app/logbook/volunteers.xhtml");
            browser.click("newVolunteer").awaitPath("/app/logbook/volunteer.xhtml");
            browser.type("volunteer:name", "Henk Bakker").type("volunteer:phone", "06-12345678");
            browser.driver()
                    .findElement(By.cssSelector("label[for='volunteer:affinities:0']"))
                    .click();
            browser.click("volunteer:save").awaitPath("/app/logbook/volunteers.xhtml");
            assertTrue(browser.pageText().contains("Henk Bakker"), browser.pageText());

            request(browser, "mevr. D.", "5");
            request(browser, "dhr. K.", "4");
            assertTrue(browser.text("week:requests").contains("mevr. D."));
            assertTrue(browser.text("totals").contains("Hulpvragen: 2"), browser.text("totals"));

            browser.click("logbookLoad").awaitPath("/app/logbook/load.xhtml");
            assertTrue(browser.text("warnings").contains("Henk Bakker"), "9 hours in a week is over the limit of 8");
            assertTrue(browser.text("load").contains("te veel"));

            browser.click("logbookAnnual").awaitPath("/app/logbook/annual.xhtml");
            assertEquals("2", browser.text("totalRequests"));
            assertEquals("1", browser.text("activeVolunteers"), "Henk helped twice, Aaltje not at all");
            assertTrue(browser.has("annual:pdf"), "the overview can be printed as PDF");
            assertTrue(
                    Boolean.TRUE.equals(browser.script("return Object.values(PrimeFaces.widgets).some(w => w.chart)")));
        }
    }

    @Test
    void helperHoursThatAreNoHoursAreRefusedNextToTheFieldAndKeptAsTyped() {
        Initiative initiative = Fixtures.initiative("Dorpsloket Uren " + Fixtures.unique("l"), "Eemsdelta");
        Person coordinator = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        Fixtures.volunteer(initiative, "Henk Bakker", Fixtures.helpCategory(initiative, "Vervoer"));

        try (Browser browser = new Browser()) {
            browser.logIn(coordinator.email(), Fixtures.PASSWORD).open("/app/logbook/help-request.xhtml");
            browser.type("request:requester", "mevr. U.");
            browser.click("request:suggestions:0:add");
            browser.awaitTrue(() -> browser.has("request:helpers:0:hours"));

            for (String[] typed : new String[][] {
                {"-3", "vul een getal van 0 tot en met 999,99 in"},
                {"9999", "vul een getal van 0 tot en met 999,99 in"},
                {"abc", "vul een getal in"}
            }) {
                browser.type("request:helpers:0:hours", typed[0]).click("request:save");
                assertEquals("/app/logbook/help-request.xhtml", browser.path(), typed[0] + " was saved");
                String message = browser.driver()
                        .findElement(By.cssSelector("[id='request:helpers:0:hours'] ~ .ui-message"))
                        .getText();
                assertTrue(message.contains(typed[1]), typed[0] + ": " + message);
                assertEquals(
                        typed[0],
                        browser.element("request:helpers:0:hours").getAttribute("value"),
                        "what was typed stays");
            }

            browser.type("request:helpers:0:hours", "2,5").click("request:save").awaitPath("/app/logbook/week.xhtml");
            browser.awaitText("De hulpvraag is vastgelegd.");
        }
    }

    /** A new transport request, linked to the first suggested volunteer (the one who likes driving). */
    private static void request(Browser browser, String requester, String hours) {
        browser.click("logbookWeek").awaitPath("/app/logbook/week.xhtml");
        browser.click("newRequest").awaitPath("/app/logbook/help-request.xhtml");
        browser.type("request:requester", requester);
        assertTrue(
                browser.text("request:suggestions").indexOf("Henk Bakker")
                        < browser.text("request:suggestions").indexOf("Aaltje"),
                "the volunteer who likes transport is suggested first");
        browser.click("request:suggestions:0:add");
        browser.awaitTrue(() -> browser.has("request:helpers:0:hours"));
        browser.type("request:helpers:0:hours", hours);
        browser.click("request:save").awaitPath("/app/logbook/week.xhtml");
        browser.awaitText("De hulpvraag is vastgelegd.");
    }
}
