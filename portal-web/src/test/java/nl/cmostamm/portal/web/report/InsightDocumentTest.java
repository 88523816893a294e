package nl.cmostamm.portal.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.outcome.OutcomeRecord;
import nl.cmostamm.portal.report.insight.InsightReport;
import nl.cmostamm.portal.report.insight.InsightReport.Effort;
import nl.cmostamm.portal.report.insight.InsightReport.Evidence;
import nl.cmostamm.portal.report.insight.InsightReport.GoalLight;
import nl.cmostamm.portal.report.insight.InsightReport.GroupShare;
import nl.cmostamm.portal.report.insight.InsightReport.Output;
import nl.cmostamm.portal.report.insight.InsightReport.Section;
import nl.cmostamm.portal.report.insight.ReportPeriod;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The insight report as a municipality receives it: a tagged PDF in the reader's language with both
 * periods, every effect's efforts, evidence and spread over target groups in words and Dutch
 * numbers; typed text never markup; the spreadsheet holds the same figures as numbers.
 */
class InsightDocumentTest {

    private static final LocalDate MADE = LocalDate.of(2026, 11, 30);

    @Test
    void aDutchReportIsATaggedDocumentWithBothPeriodsAndEveryEffect() throws IOException {
        byte[] pdf = InsightDocument.pdf(report("Leefbaarheid & socialiseren"), Locale.forLanguageTag("nl-NL"), MADE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            FactSheetDocumentTest.assertAccessible(document, "nl");
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertTrue(text.contains("Inzichtrapportage Welzijn Westerwolde"), text);
            assertTrue(text.contains("2e halfjaar 2026, vergeleken met 1e halfjaar 2026"), text);
            assertTrue(text.contains("Leefbaarheid & socialiseren"), text);
            assertTrue(text.contains("Wat we willen bereiken: Buren kijken naar elkaar om"), text);
            assertTrue(text.contains("Buurtkamer"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("12 keer, 1.234 deelnames"), "Dutch thousands: " + text);
            assertTrue(text.contains("Nog ver van de streefwaarde"), "a light in words: " + text);
            assertTrue(text.contains("Nieuwkomers"), text);
            assertTrue(text.contains("Niet vastgelegd"), text);
            assertTrue(text.contains("Ouderen 1.234 900 2 1"), "every column of the spread fits the page: " + text);
            assertTrue(text.replaceAll("\\s+", " ").contains("Hulpvragen, vorige periode"), text);
            assertTrue(text.contains("2 verhalen gekozen als belangrijkste verandering"), text);
        }
    }

    @Test
    void anEnglishReaderGetsAnEnglishDocument() throws IOException {
        byte[] pdf = InsightDocument.pdf(report("Liveability"), Locale.ENGLISH, MADE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            FactSheetDocumentTest.assertAccessible(document, "en");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Insight report Welzijn Westerwolde"), text);
            assertTrue(text.contains("Half year 2 of 2026, compared with Half year 1 of 2026"), text);
        }
    }

    @Test
    void typedTextIsEscapedNeverMarkup() {
        String html = InsightDocument.html(
                report("Samen <script>alert(1)</script> & verder"), Locale.forLanguageTag("nl-NL"), MADE);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("Samen &lt;script&gt;alert(1)&lt;/script&gt; &amp; verder"), html);
    }

    @Test
    void theSpreadsheetHoldsTheFiguresAsNumbers() throws IOException {
        byte[] xlsx = InsightWorkbook.write(report("Leefbaarheid"), Locale.forLanguageTag("nl-NL"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var efforts = workbook.getSheet("Inzet");
            assertEquals("Buurtkamer", efforts.getRow(1).getCell(1).getStringCellValue());
            assertEquals(1234, efforts.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(900, efforts.getRow(1).getCell(8).getNumericCellValue());
            assertEquals(
                    "Deelnames (2e halfjaar 2026)",
                    new DataFormatter().formatCellValue(efforts.getRow(0).getCell(4)));
            var spread = workbook.getSheet("Doelgroepen");
            assertEquals("Nieuwkomers", spread.getRow(2).getCell(1).getStringCellValue());
            assertEquals(3, spread.getRow(2).getCell(4).getNumericCellValue());
        }
    }

    private static InsightReport report(String effect) {
        ReportPeriod period = ReportPeriod.halfYearOf(MADE);
        Output now = new Output(12, 1234, 0, new BigDecimal("60"));
        Output before = new Output(10, 900, 0, new BigDecimal("50"));
        Effort room = new Effort("Buurtkamer", false, List.of("Ouderen", "Nieuwkomers"), now, before);
        Effort help = new Effort(
                "Vervoer", true, List.of(), new Output(0, 0, 5, BigDecimal.TEN), new Output(0, 0, 4, BigDecimal.ONE));
        List<GroupShare> spread = List.of(
                new GroupShare("Ouderen", 1234, 900, 2, 1),
                new GroupShare("Nieuwkomers", 1234, 900, 3, 3),
                new GroupShare(null, 0, 0, 0, 0));
        Evidence evidence = new Evidence(
                "Minder eenzaam",
                2,
                List.of(new OutcomeRecord.IndicatorEvidence(
                        1,
                        "Bezoekers",
                        null,
                        new BigDecimal("40"),
                        MADE,
                        new BigDecimal("100"),
                        Light.RED,
                        OutcomeRecord.Trend.UP,
                        true,
                        3)),
                List.of(),
                2,
                List.of());
        Section section = new Section(
                1L,
                effect,
                "Buren kijken naar elkaar om",
                List.of(new GoalLight("Ontmoeting", Light.RED)),
                List.of(room, help),
                now.plus(help.current()),
                before.plus(help.previous()),
                List.of(evidence),
                spread);
        return new InsightReport(
                "Welzijn Westerwolde",
                "Westerwolde",
                period,
                period.previous(),
                List.of(section),
                spread,
                section.current(),
                section.previous());
    }
}
