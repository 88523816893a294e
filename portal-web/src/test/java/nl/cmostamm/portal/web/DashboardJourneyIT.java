package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An advisor's Tuesday morning: the dashboard works out the figures of her initiatives while she
 * looks, she narrows it to the initiatives with a wave closing this week, saves that filter, follows
 * the alert straight into the initiative's surveys, and reads her municipality's overview with its
 * small totals withheld, also in the spreadsheet. A final SROI analysis shows its ratio with its range. An initiative outside her portfolio never shows.
 * Screenshots at 1366 and 360 px; axe-core on both pages.
 */
class DashboardJourneyIT {

    @Test
    void anAdvisorFiltersFollowsAnAlertAndReadsHerMunicipality() throws IOException {
        String run = Fixtures.unique("db");
        String municipality = "Dashdorp " + run;
        Initiative closing = Fixtures.initiative("Buurthuis Sluitend " + run, municipality);
        Initiative quiet = Fixtures.initiative("Dorpshuis Rustig " + run, municipality);
        Initiative outside = Fixtures.initiative("Niet van haar " + run, municipality);
        for (Initiative initiative : List.of(closing, outside)) {
            long survey = Fixtures.survey(initiative, "Tevredenheid " + run);
            Fixtures.inTenant(
                    initiative.id(),
                    "insert into survey_wave (initiative_id, survey_id, name, kind, opens_on, closes_on, token) "
                            + "values (?, ?, 'Najaar', 'PERIODIC', current_date - 7, current_date + 3, ?)",
                    initiative.id(),
                    survey,
                    UUID.randomUUID().toString());
        }
        for (int i = 0; i < 6; i++) {
            Fixtures.inTenant(
                    quiet.id(),
                    "insert into volunteer (initiative_id, name) values (?, ?)",
                    quiet.id(),
                    "Vrijwilliger " + i);
        }
        Fixtures.sroiAnalysis(quiet, "Waarde " + run, true);
        Person advisor = Fixtures.advisorOf(closing, quiet);

        try (Browser browser = Browser.desktop()) {
            browser.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/portfolio/portfolio.xhtml");
            browser.awaitText("De cijfers zijn bijgewerkt.");
            browser.type("portfolio:text", run);
            awaitRows(browser, 2);
            assertFalse(browser.pageText().contains(outside.name()));
            assertTrue(
                    browser.pageText().contains("Meting Tevredenheid " + run + " – Najaar sluit op"),
                    browser.pageText());
            assertTrue(
                    browser.pageText().contains("0 vrijwilligersuren (12 mnd), 6 vrijwilligers in het logboek"),
                    browser.pageText());
            String quietRow = rows(browser).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains(quiet.name()))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    quietRow.matches(
                            "(?s).*SROI 1 : [0-9]+,[0-9]{2} \\(bandbreedte [0-9]+,[0-9]{2} \u2013 [0-9]+,[0-9]{2}\\), vastgesteld [0-9]{2}-[0-9]{2}-[0-9]{4}.*"),
                    "the final analysis' ratio with its range: " + quietRow);

            browser.choose("portfolio:alert", "Meting sluit binnen een week");
            awaitRows(browser, 1);
            assertTrue(rows(browser).get(0).getText().contains(closing.name()));
            browser.screenshotFullPage("dashboard-1366");
            AccessibilityIT.assertAccessible(browser, "dashboard");

            browser.type("portfolio:name", "Sluit deze week");
            browser.click("portfolio:saveFilter");
            browser.awaitText("Filter \u201cSluit deze week\u201d is bewaard.");
            browser.click("portfolio:clear");
            awaitRows(browser, 2);
            browser.choose("portfolio:saved", "Sluit deze week");
            awaitRows(browser, 1);
            assertTrue(rows(browser).get(0).getText().contains(closing.name()), browser.pageText());

            rows(browser).get(0).findElement(By.partialLinkText("sluit op")).click();
            browser.awaitPath("/app/survey/surveys.xhtml");
            assertTrue(browser.pageText().contains("Tevredenheid " + run), browser.pageText());

            browser.open("/app/portfolio/rollup.xhtml");
            browser.choose("rollup:municipality", municipality);
            browser.click("rollup:show");
            browser.awaitText("Vrijwilligers");
            String overview = browser.text("rollup:result");
            assertTrue(
                    overview.contains("Met minder dan vijf initiatieven in deze gemeente tonen we geen totalen"),
                    overview);
            assertTrue(overview.contains("< 5 Initiatieven") || overview.contains("< 5\nInitiatieven"), overview);
            browser.screenshotFullPage("rollup-1366");
            AccessibilityIT.assertAccessible(browser, "rollup");
        }

        try (Browser phone = Browser.phone()) {
            phone.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/portfolio/portfolio.xhtml");
            phone.awaitText("De cijfers zijn bijgewerkt.");
            phone.screenshotFullPage("dashboard-360");
            phone.open("/app/portfolio/rollup.xhtml?municipality="
                    + URLEncoder.encode(municipality, StandardCharsets.UTF_8));
            phone.awaitText("Vrijwilligers");
            phone.screenshotFullPage("rollup-360");
        }

        PortalClient client = PortalClient.loggedIn(advisor.email(), Fixtures.PASSWORD);
        HttpResponse<byte[]> excel = client.download(
                "/app/portfolio/rollup.xhtml?municipality=" + URLEncoder.encode(municipality, StandardCharsets.UTF_8),
                "rollup",
                "rollup:download");
        assertEquals(200, excel.statusCode());
        String cells = cells(excel.body());
        assertTrue(cells.contains("Gemeente | " + municipality), cells);
        assertTrue(cells.contains("Initiatieven | < 5"), cells);
        assertTrue(cells.contains("Vrijwilligers | < 5"), "six volunteers of two initiatives are not shown: " + cells);
        assertFalse(cells.contains(closing.name()) || cells.contains(quiet.name()), "no initiative by name: " + cells);
    }

    /** Waits for the table to show {@code count} rows; says what it shows when it does not. */
    private static void awaitRows(Browser browser, int count) {
        try {
            browser.awaitTrue(() -> rows(browser).size() == count);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected " + count + " rows, the page shows:\n" + browser.pageText(), e);
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#portfolio\\:initiatives_data > tr[data-ri]"));
    }

    private static String cells(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                StringBuilder line = new StringBuilder();
                for (Cell cell : row) {
                    line.append(line.isEmpty() ? "" : " | ").append(formatter.formatCellValue(cell));
                }
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }
}
