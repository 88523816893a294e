package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The board's first two steps, as a board member clicks them on a Tuesday evening: set a goal
 * with two indicators, record three months in the grid, import a spreadsheet that has one bad row
 * (nothing is imported, the row is named), fix it, import again, and see the goal overview with
 * its lights and charts.
 */
class GoalsAndMeasurementsJourneyIT {

    @Test
    void aBoardMemberSetsAGoalCollectsDataAndSeesTheChart(@TempDir Path folder) throws IOException {
        Initiative initiative = Fixtures.initiative("Dorpsloket Doelen " + Fixtures.unique("d"), "Eemsdelta");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");

        try (Browser browser = new Browser()) {
            browser.logIn(member.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            browser.click("navGoals").awaitPath("/app/goal/goal-overview.xhtml");
            assertTrue(browser.has("noGoals"));

            browser.click("newGoal").awaitPath("/app/goal/edit-goal.xhtml");
            browser.type("goal:title", "Minder eenzaamheid onder ouderen");
            browser.click("goal:save");
            browser.awaitText("Het doel is aangemaakt");
            addIndicator(browser, "Bezoekers koffieochtend", "40");
            addIndicator(browser, "Vrijwilligersuren", "120");

            browser.click("navRecord").awaitPath("/app/datacollection/record-measurements.xhtml");
            record(browser, "15-09-2026", "22", "80");
            record(browser, "15-10-2026", "27", "95");
            record(browser, "15-11-2026", "31", "101");

            browser.click("navMeasurements").awaitPath("/app/datacollection/measurements.xhtml");
            assertTrue(browser.pageText().contains("1–6 / 6"), browser.pageText());
            Path bad = csv(folder, "fout.csv", """
                    indicator;periode_van;periode_tot;waarde;toelichting
                    Bezoekers koffieochtend;01-12-2026;31-12-2026;38;Kerstkoffie
                    Bezoekers koffieochtend;01-01-2027;31-01-2027;veertig;
                    Vrijwilligersuren;01-12-2026;31-12-2026;110;
                    """);
            browser.chooseFile("import:file", bad).click("import:upload");
            assertTrue(
                    browser.pageText().contains("Er is niets geïmporteerd: 1 regel(s) bevatten een fout."),
                    browser.pageText());
            List<String> problem =
                    browser.driver().findElements(By.cssSelector("[id='import:problems'] tbody tr td")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertEquals(
                    List.of(
                            "3",
                            "\"veertig\" is geen getal. Gebruik een komma voor decimalen en geen punt voor duizendtallen."),
                    problem);
            assertTrue(browser.pageText().contains("1–6 / 6"), "nothing was imported");

            Path fixed = csv(folder, "goed.csv", Files.readString(bad).replace("veertig", "45"));
            browser.chooseFile("import:file", fixed).click("import:upload");
            assertTrue(
                    browser.pageText().contains("Geïmporteerd: 3 nieuw, 0 gewijzigd, 0 al aanwezig."),
                    browser.pageText());
            assertTrue(browser.pageText().contains("1–9 / 9"), browser.pageText());

            browser.click("navGoals").awaitPath("/app/goal/goal-overview.xhtml");
            List<WebElement> charts = browser.driver().findElements(By.cssSelector("canvas[role='img']"));
            assertEquals(2, charts.size(), "a chart per indicator");
            assertTrue(charts.get(0).getAttribute("aria-label").contains("Bezoekers koffieochtend"));
            browser.awaitTrue(() -> Boolean.TRUE.equals(
                    browser.script("return Object.values(PrimeFaces.widgets).filter(w => w.chart).length === 2")));
            assertEquals(
                    5L,
                    browser.script("return Object.values(PrimeFaces.widgets).find(w => w.chart)"
                            + ".chart.data.datasets[0].data.length"),
                    "five months in the chart");
            String overview = browser.pageText();
            assertTrue(overview.contains("Streefwaarde gehaald"), "45 visitors against a target of 40: " + overview);
            assertTrue(overview.contains("Meer dan halverwege"), "110 hours against a target of 120: " + overview);
        }
    }

    private static void addIndicator(Browser browser, String name, String target) {
        browser.click("newIndicator").awaitPath("/app/goal/edit-indicator.xhtml");
        browser.type("indicator:name", name).type("indicator:target", target);
        browser.click("indicator:save").awaitPath("/app/goal/edit-goal.xhtml");
        browser.awaitText(name);
    }

    private static void record(Browser browser, String day, String visitors, String hours) {
        browser.typeDate("period:day_input", day).click("period:show");
        browser.awaitTrue(() -> browser.text("grid:rows").contains(day.substring(3)));
        browser.type("grid:rows:0:value", visitors).type("grid:rows:1:value", hours);
        browser.click("grid:save");
        browser.awaitText("Opgeslagen: 2 wijziging(en).");
    }

    private static Path csv(Path folder, String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }
}
