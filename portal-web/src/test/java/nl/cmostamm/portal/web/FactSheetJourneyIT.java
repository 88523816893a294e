package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The fact sheet as a village house's board makes it: it picks too few figures and is told so next
 * to the list, then four figures and the one story whose teller agreed to publication (the story
 * without that consent is not offered, and the page says why), saves and sees page 1 of the PDF;
 * the downloaded PDF is tagged, Dutch and about this initiative only. The board publishes it: a
 * visitor without an account opens the link and reads the sheet; once revoked, the link is a 404,
 * and so is a link past its last day. Screenshots at 1366 and 360 px; axe-core on both pages.
 */
class FactSheetJourneyIT {

    @Test
    void theBoardBuildsPreviewsDownloadsPublishesAndRevokesItsFactSheet() throws IOException {
        Initiative initiative = Fixtures.initiative("Dorpshuis Feitenblad " + Fixtures.unique("f"), "Midden-Drenthe");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long published = Fixtures.story(initiative, "Aan tafel bij het dorpsdiner");
        Fixtures.allowPublication(initiative, published);
        Fixtures.story(initiative, "Alleen voor de gemeente");
        Initiative other = Fixtures.initiative("Dorpshuis Anders " + Fixtures.unique("o"), "Tynaarlo");
        Fixtures.allowPublication(other, Fixtures.story(other, "Verhaal van elders"));

        String link;
        try (Browser board = Browser.desktop()) {
            board.logIn(chair.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            board.click("toFactSheet").awaitPath("/app/report/factsheet.xhtml");
            assertTrue(board.has("notSaved"), "no preview before the first save");
            String page = board.pageText();
            assertTrue(page.contains("Aan tafel bij het dorpsdiner"), page);
            assertFalse(page.contains("Alleen voor de gemeente"), "no consent for publication, not offered");
            assertFalse(page.contains("Verhaal van elders"), "another initiative's story is never offered");
            assertTrue(
                    page.contains("Eén verhaal staat hier niet, omdat er geen toestemming voor publicatie is"), page);

            tick(board, "sheet:figures:0"); // off: two figures are left
            board.click("sheet:save");
            board.awaitText("Kies drie tot zes verschillende kerncijfers.");
            assertTrue(board.has("notSaved"), "refused: nothing saved");

            tick(board, "sheet:figures:0");
            tick(board, "sheet:figures:6"); // stories collected
            tick(board, "sheet:stories:0");
            board.type("sheet:contact", "Dorpshuis · info@dorpshuis.example");
            board.click("sheet:save");
            board.awaitText("Het feitenblad is opgeslagen.");
            assertTrue(board.has("fits"), board.pageText());
            assertTrue(board.element("previewImage").getAttribute("src").startsWith("data:image/png;base64,"));
            AccessibilityIT.assertAccessible(board, "the fact sheet page");
            board.screenshotFullPage("factsheet-1366");

            board.click("publishForm:publish");
            board.awaitText("De publieke link is gemaakt.");
            link = board.element("newLink").getAttribute("value");
            assertTrue(link.matches(".*/feitenblad/[A-Za-z0-9_-]{43}"), link);
            assertEquals("Actief", board.text("linksForm:links:0:status"));
        }

        PortalClient http = PortalClient.loggedIn(chair.email(), Fixtures.PASSWORD);
        http.get("/app/enter.xhtml?initiative=" + initiative.slug());
        HttpResponse<byte[]> pdf = http.download("/app/report/factsheet.xhtml", "download", "download:pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(initiative.name()), text);
            assertTrue(text.contains("Aan tafel bij het dorpsdiner"), text);
            assertFalse(text.contains(other.name()), "another initiative's name");
            assertFalse(text.contains("Verhaal van elders"), "another initiative's story");
            assertNotNull(document.getDocumentCatalog().getStructureTreeRoot(), "tagged");
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertTrue(document.getDocumentCatalog().getLanguage().startsWith("nl"), "Dutch");
        }

        String path = URI.create(link).getPath().replaceFirst("^.*?/feitenblad/", "/feitenblad/");
        try (Browser visitor = Browser.desktop()) {
            visitor.driver().get(link);
            String sheet = visitor.pageText();
            assertTrue(sheet.contains(initiative.name()), sheet);
            assertTrue(sheet.contains("Aan tafel bij het dorpsdiner"), sheet);
            assertTrue(sheet.contains("Dorpshuis · info@dorpshuis.example"), sheet);
            assertFalse(sheet.contains("Alleen voor de gemeente"), sheet);
            AccessibilityIT.assertAccessible(visitor, "the public fact sheet");
            visitor.screenshotFullPage("factsheet-public-1366");
            assertFalse(visitor.driver().findElements(By.partialLinkText("PDF")).isEmpty(), "the page offers its PDF");
        }
        HttpResponse<String> visit = new PortalClient().get(path);
        assertEquals(200, visit.statusCode());
        assertEquals("no-store", visit.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(visit.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
        assertEquals(200, new PortalClient().download(path + ".pdf").statusCode());

        try (Browser phone = Browser.phone()) {
            phone.logIn(chair.email(), Fixtures.PASSWORD).open("/app/report/factsheet.xhtml");
            phone.screenshotFullPage("factsheet-360");
            assertTrue(phone.fitsTheScreen(), "nothing wider than a phone");
            phone.click("linksForm:links:0:revoke");
            phone.click(phone.driver()
                    .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                    .getAttribute("id"));
            phone.awaitText("De link is ingetrokken");
            assertEquals("Ingetrokken", phone.text("linksForm:links:0:status"));
        }
        assertEquals(404, new PortalClient().get(path).statusCode(), "revoked: not found");
        assertEquals(404, new PortalClient().download(path + ".pdf").statusCode(), "nor its PDF");
    }

    @Test
    void aLinkPastItsLastDayIsNotFound() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Verlopen " + Fixtures.unique("v"), "Aa en Hunze");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        Fixtures.factSheet(initiative);
        String link;
        try (Browser board = Browser.desktop()) {
            board.logIn(chair.email(), Fixtures.PASSWORD).open("/app/report/factsheet.xhtml");
            board.click("publishForm:publish");
            board.awaitText("De publieke link is gemaakt.");
            link = board.element("newLink").getAttribute("value");
        }
        String path = URI.create(link).getPath().replaceFirst("^.*?/feitenblad/", "/feitenblad/");
        assertEquals(200, new PortalClient().get(path).statusCode());

        Fixtures.inTenant(
                initiative.id(),
                "update fact_sheet_link set expires_on = current_date - 1 where initiative_id = ?",
                initiative.id());

        HttpResponse<String> expired = new PortalClient().get(path);
        assertEquals(404, expired.statusCode());
        assertFalse(expired.body().contains(initiative.name()), "nothing of the sheet on the 404");
    }

    /** Ticks or unticks one box of a PrimeFaces check box list, by its label. */
    private static void tick(Browser browser, String inputId) {
        browser.awaitQuiet();
        browser.driver()
                .findElement(By.cssSelector("label[for='" + inputId + "']"))
                .click();
    }
}
