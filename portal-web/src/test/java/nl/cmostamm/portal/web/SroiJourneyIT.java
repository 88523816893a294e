package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An SROI analysis as a village house and its advisor make it: the board starts a forecast with two
 * stakeholders from its register and enters the subsidy; the page says plainly why there is no
 * ratio yet. The advisor adds an outcome with its proxy and deductions and sees the ratio with its
 * range; she raises the deadweight and sees both move. The board hands it in, only the advisor can
 * make it final, and after that nothing on the page invites a change; its evaluation starts as a copy
 * and shows the forecast beside it. A board member of another
 * initiative who has its id finds nothing. Screenshots at 1366 and 360 px; axe-core on each state.
 */
class SroiJourneyIT {

    @Test
    void theBoardAndItsAdvisorBuildAMapSeeTheRatioMoveAndMakeItFinal() throws IOException {
        Initiative initiative = Fixtures.initiative("Dorpshuis SROI " + Fixtures.unique("s"), "Midden-Drenthe");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        Person advisor = Fixtures.advisorOf(initiative);
        Fixtures.stakeholderGroup(initiative, "Gasten van het dorpsdiner");
        Fixtures.stakeholderGroup(initiative, "Gemeente");
        Initiative other = Fixtures.initiative("Dorpshuis Elders " + Fixtures.unique("e"), "Tynaarlo");
        Person outsider = Fixtures.boardMember(other, "BOARD_ADMIN");
        String map;

        try (Browser board = Browser.desktop()) {
            board.logIn(chair.email(), Fixtures.PASSWORD).open("/app/method/sroi.xhtml");
            assertEquals("page", board.element("navSroi").getAttribute("aria-current"));
            assertTrue(board.pageText().contains("Er is nog geen SROI-analyse."), board.pageText());
            board.click("newAnalysis").awaitPath("/app/method/sroi-analysis.xhtml");
            board.type("analysis:title", "Prognose dorpsdiner 2026");
            board.typeDate("analysis:periodStart_input", "01-01-2026");
            board.typeDate("analysis:periodEnd_input", "31-12-2026");
            tick(board, "analysis:stakeholders:0");
            tick(board, "analysis:stakeholders:1");
            assertEquals("2,25", board.element("analysis:discountRate").getAttribute("value"));
            board.click("analysis:save");
            board.awaitText("De analyse is aangemaakt.");
            assertEquals("/app/method/sroi-map.xhtml", board.path());
            map = board.driver().getCurrentUrl();
            assertTrue(board.text("problems").contains("Er is nog geen inbreng."), board.pageText());
            assertTrue(
                    board.text("settingsStatement").contains("disconteringsvoet van 2,25 %; ook jaar 1"),
                    board.text("settingsStatement"));

            // the municipality's subsidy, under the municipality (the second stakeholder, by name)
            board.click("sections:1:addInput").awaitPath("/app/method/sroi-input.xhtml");
            board.type("input:description", "Subsidie dorpsdiner");
            board.type("input:amount", "5000");
            board.click("input:save");
            board.awaitText("De inbreng is toegevoegd.");
            assertTrue(board.pageText().contains("€ 5.000,00"), board.pageText());
            AccessibilityIT.assertAccessible(board, "the map without outcomes");
        }

        try (Browser desk = Browser.desktop()) {
            desk.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/enter.xhtml?initiative=" + initiative.slug());
            desk.open(map.substring(map.indexOf("/app/")));
            desk.click("sections:0:addOutcome").awaitPath("/app/method/sroi-outcome.xhtml");
            desk.type("outcome:description", "Minder eenzaam");
            desk.type("outcome:estimateSource", "Gesprekken met gasten in maart");
            desk.type("outcome:quantity", "20");
            desk.type("outcome:duration", "2");
            desk.type("outcome:proxyDescription", "Waarde van minder eenzaamheid per persoon per jaar");
            desk.type("outcome:proxyValue", "1000");
            desk.type("outcome:proxySource", "Demo-bron voor de test");
            // a deduction of 120 % is refused next to the field, and what was typed stays
            desk.type("outcome:deadweight", "120");
            desk.type("outcome:attribution", "10");
            desk.type("outcome:dropOff", "50");
            desk.click("outcome:save");
            desk.awaitText("Vul een percentage van 0 tot en met 100 in.");
            assertEquals("120", desk.element("outcome:deadweight").getAttribute("value"));
            assertEquals("/app/method/sroi-outcome.xhtml", desk.path());
            desk.type("outcome:deadweight", "20");
            desk.click("outcome:save");
            desk.awaitText("De uitkomst is toegevoegd.");

            // 20 × € 1.000 × (1 − 0,20) × (1 − 0,10) = € 14.400 in year 1, € 7.200 in year 2 (drop-off 50 %);
            // PV = 14.400 / 1,0225 + 7.200 / 1,0225² = € 20.969,75; ratio 20.969,75 / 5.000 = 4,1939
            String ratio = desk.text("ratio");
            assertTrue(ratio.startsWith("1 : 4,19 (bandbreedte "), ratio);
            assertEquals("€ 20.969,75", desk.text("presentValue"));
            assertTrue(desk.has("tornado"), "the sensitivity is drawn");
            AccessibilityIT.assertAccessible(desk, "the map with its result");
            desk.screenshotFullPage("sroi-map-1366");

            // more would have happened anyway: deadweight 40 %, changed in the map's own row: € 10.800 and
            // € 5.400; PV € 15.727,31; 3,1455. A deduction of 120 % is refused next to the cell first.
            String row = "sections:0:outcomes:table";
            desk.driver()
                    .findElement(By.cssSelector("[id='" + row + "'] .ui-row-editor-pencil"))
                    .click();
            desk.awaitQuiet();
            desk.type(row + ":0:deadweight", "120");
            desk.driver()
                    .findElement(By.cssSelector("[id='" + row + "'] .ui-row-editor-check"))
                    .click();
            desk.awaitQuiet();
            assertTrue(desk.text(row).contains("Vul een percentage van 0 tot en met 100 in."), desk.text(row));
            assertTrue(desk.text("ratio").startsWith("1 : 4,19"), "nothing was saved: " + desk.text("ratio"));
            desk.type(row + ":0:deadweight", "40");
            desk.driver()
                    .findElement(By.cssSelector("[id='" + row + "'] .ui-row-editor-check"))
                    .click();
            desk.awaitText("De uitkomst is opgeslagen.");
            desk.awaitTrue(() -> desk.text("ratio").startsWith("1 : 3,15"));
            AccessibilityIT.assertAccessible(desk, "the map after a row was changed in place");
            String lower = desk.text("ratio");
            assertTrue(lower.startsWith("1 : 3,15 (bandbreedte "), lower);
            assertNotEquals(
                    ratio.substring(ratio.indexOf('(')), lower.substring(lower.indexOf('(')), "the range moved too");
            assertTrue(desk.text("history").contains("deadweight 20 % → 40 %"), desk.text("history"));
        }

        try (Browser board = Browser.desktop()) {
            board.logIn(chair.email(), Fixtures.PASSWORD).open(map.substring(map.indexOf("/app/")));
            assertFalse(board.has("review:finalise"), "making it final is the advisor's");
            board.click("review:submitForReview");
            board.awaitText("De analyse ligt ter beoordeling bij de adviseur.");
            assertEquals("Ter beoordeling", board.text("status"));
        }

        try (Browser desk = Browser.desktop()) {
            desk.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/enter.xhtml?initiative=" + initiative.slug());
            desk.open(map.substring(map.indexOf("/app/")));
            desk.click("review:finalise");
            desk.click(desk.driver()
                    .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                    .getAttribute("id"));
            desk.awaitText("De analyse is definitief.");
            assertEquals("Definitief", desk.text("status"));
            assertFalse(desk.has("settings"), "no settings to change");
            assertTrue(desk.driver().findElements(By.linkText("Minder eenzaam")).isEmpty(), "no outcome to edit");
            assertFalse(desk.has("sections:0:addOutcome"));
            assertTrue(desk.has("copy:makeCopy"), "a copy is the way on");
            desk.screenshotFullPage("sroi-map-final-1366");

            // a year later: the evaluation starts as a copy of the forecast and shows the two side by side
            desk.type("copy:copyTitle", "Evaluatie dorpsdiner 2026");
            desk.click("copy:makeCopy");
            desk.awaitText("De kopie is gemaakt.");
            assertEquals("Concept", desk.text("status"));
            String comparison = desk.text("comparisonTable");
            assertTrue(comparison.contains("Minder eenzaam"), comparison);
            assertTrue(desk.text("comparisonRatios").contains("1 : 3,15"), desk.text("comparisonRatios"));
            AccessibilityIT.assertAccessible(desk, "the evaluation beside its forecast");
            desk.screenshotFullPage("sroi-evaluation-1366");
        }

        try (Browser phone = Browser.phone()) {
            phone.logIn(chair.email(), Fixtures.PASSWORD).open(map.substring(map.indexOf("/app/")));
            assertTrue(phone.fitsTheScreen(), "nothing sticks out sideways on a phone: " + phone.widths());
            phone.screenshotFullPage("sroi-map-360");
        }

        try (Browser stranger = Browser.desktop()) {
            stranger.logIn(outsider.email(), Fixtures.PASSWORD).open(map.substring(map.indexOf("/app/")));
            assertFalse(stranger.pageText().contains("Prognose dorpsdiner 2026"), stranger.pageText());
            assertTrue(stranger.title().startsWith("Niet gevonden"), stranger.title());
        }
    }

    private static void tick(Browser browser, String inputId) {
        browser.awaitQuiet();
        browser.driver()
                .findElement(By.xpath("//input[@id='" + inputId
                        + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.awaitQuiet();
    }
}
