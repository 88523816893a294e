package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import nl.cmostamm.portal.report.insight.ReportPeriod;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A welfare organisation's half-yearly report to its municipality: the board reads per societal
 * effect what it does and what that produced, beside the half year before; a period that ends before
 * it starts is refused next to the field; the PDF is a tagged document in Dutch about this
 * initiative only, and the spreadsheet holds the same figures. Screenshots at 1366 and 360 px;
 * axe-core on the page.
 */
class InsightReportJourneyIT {

    @Test
    void theBoardReadsComparesAndDownloadsItsInsightReport() throws IOException {
        String run = Fixtures.unique("ir");
        Initiative initiative = Fixtures.initiative("Welzijn Inzicht " + run, "Westerwolde");
        Initiative other = Fixtures.initiative("Ander Welzijn " + run, "Westerwolde");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long effect = Fixtures.inTenant(
                initiative.id(),
                "insert into societal_effect (initiative_id, name, description, position) values (?, "
                        + "'Autonomie & meedoen', 'Mensen blijven langer thuis wonen en doen mee', 0) returning id",
                initiative.id());
        long newcomers = Fixtures.inTenant(
                initiative.id(),
                "insert into target_group (initiative_id, name, position) values (?, 'Nieuwkomers', 0) returning id",
                initiative.id());
        long cafe = Fixtures.activity(initiative, "Taalcaf\u00e9 " + run, LocalDate.now(), 14);
        Fixtures.inTenant(initiative.id(), "update activity set societal_effect_id = ? where id = ?", effect, cafe);
        Fixtures.inTenant(
                initiative.id(),
                "insert into activity_target_group (activity_id, target_group_id) values (?, ?)",
                cafe,
                newcomers);
        LocalDate before =
                ReportPeriod.halfYearOf(LocalDate.now()).previous().from().plusDays(10);
        Fixtures.inTenant(
                initiative.id(),
                "insert into activity_occurrence (initiative_id, activity_id, occurred_on, participants) values (?, ?, ?, 9)",
                initiative.id(),
                cafe,
                before);
        Fixtures.activity(other, "Geheim van de ander " + run, LocalDate.now(), 77);

        try (Browser browser = Browser.desktop()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/report/insight.xhtml");
            String page = browser.pageText();
            assertTrue(page.contains("Autonomie & meedoen"), page);
            assertTrue(page.contains("Wat we willen bereiken: Mensen blijven langer thuis wonen en doen mee"), page);
            assertTrue(page.contains("Taalcaf\u00e9 " + run), page);
            assertTrue(page.contains("1 keer, 14 deelnames"), "this half year: " + page);
            assertTrue(page.contains("1 keer, 9 deelnames"), "the half year before: " + page);
            assertFalse(page.contains("Geheim van de ander"), page);
            browser.screenshotFullPage("insight-1366");
            AccessibilityIT.assertAccessible(browser, "insight report");
            browser.typeDate("period:from_input", "31-03-2026");
            browser.typeDate("period:to_input", "01-03-2026");
            browser.click("period:show");
            browser.awaitText("De einddatum ligt v\u00f3\u00f3r de begindatum.");
            assertEquals(
                    "true",
                    browser.element("period:to_input").getAttribute("aria-invalid"),
                    "refused next to the field");
        }

        try (Browser phone = Browser.phone()) {
            phone.logIn(chair.email(), Fixtures.PASSWORD).open("/app/report/insight.xhtml");
            phone.screenshotFullPage("insight-360");
            assertTrue(phone.fitsTheScreen(), "nothing wider than a phone");
        }

        PortalClient client = PortalClient.loggedIn(chair.email(), Fixtures.PASSWORD);
        HttpResponse<byte[]> pdf = client.download("/app/report/insight.xhtml", "report", "report:pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            var catalog = document.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "tagged");
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked as tagged");
            assertEquals("nl", catalog.getLanguage().substring(0, 2));
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Inzichtrapportage Welzijn Inzicht " + run), text);
            assertTrue(text.contains("Taalcaf\u00e9 " + run), text);
            assertFalse(text.contains("Geheim van de ander"), text);
        }
        HttpResponse<byte[]> excel = client.download("/app/report/insight.xhtml", "report", "report:excel");
        assertEquals(200, excel.statusCode());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            var efforts = workbook.getSheet("Inzet");
            assertEquals("Autonomie & meedoen", efforts.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Taalcaf\u00e9 " + run, efforts.getRow(1).getCell(1).getStringCellValue());
            assertEquals(14, efforts.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(9, efforts.getRow(1).getCell(8).getNumericCellValue());
        }
    }
}
