package nl.cmostamm.portal.web.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.workshop.WorkshopSamples;
import nl.cmostamm.portal.workshop.WorkshopSession;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook of a session read back: every answer item on its own row with its participant and
 * the presenter's handling (hidden ones marked, not left out), choice and scale answers as their
 * option and number, and a summary with the counts per step; typed text never a formula.
 */
class WorkshopResultsWorkbookTest {

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeTheSession() throws IOException {
        WorkshopSession session = WorkshopSamples.session(Language.NL);
        byte[] xlsx = WorkshopResultsWorkbook.write(
                session, WorkshopSamples.results(session), Locale.forLanguageTag("nl-NL"));
        workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void twoSheetsWithTheirHeaders() {
        assertEquals("Antwoorden", workbook.getSheetName(0));
        assertEquals("Samenvatting", workbook.getSheetName(1));
        assertEquals(
                List.of(
                        "Oefening",
                        "Stap",
                        "Staptitel",
                        "Soort",
                        "Deelnemer",
                        "Antwoord",
                        "Plaats",
                        "Kolom",
                        "Rij",
                        "Groep",
                        "Gekozen",
                        "Verborgen"),
                row(workbook.getSheet("Antwoorden"), 0));
        assertEquals(
                List.of(
                        "Oefening",
                        "Stap",
                        "Staptitel",
                        "Soort",
                        "Deelnemers",
                        "Geantwoord",
                        "Antwoord",
                        "Aantal",
                        "Gemiddelde",
                        "Gemiddelde plaats",
                        "Keer op 1"),
                row(workbook.getSheet("Samenvatting"), 0));
    }

    @Test
    void everyItemIsARowWithWhoGaveItAndHowThePresenterHandledIt() {
        Sheet answers = workbook.getSheet("Antwoorden");

        assertEquals(22, answers.getLastRowNum(), "6 items, 3 notes, 3 choices, 2 scores, 6 places, 2 texts");
        assertEquals(
                List.of(
                        "Wie doet mee?",
                        "1",
                        "Noem belanghebbenden",
                        "Lijstje",
                        "Annabel Zwart",
                        "Gemeente",
                        "",
                        "",
                        "",
                        "",
                        "nee",
                        "nee"),
                row(answers, 1));
        assertEquals(
                List.of("Bartholomeus", " gemeente", "", "", "", "", "ja", "nee"),
                row(answers, 4).subList(4, 12),
                "as typed, with the presenter's pick");
        assertEquals(
                List.of("Bartholomeus", "Wethouder", "", "", "", "Gemeente", "nee", "nee"),
                row(answers, 5).subList(4, 12),
                "in the group the presenter put it in");
        assertEquals(
                List.of("Geheime tip", "nee", "ja"),
                List.of(
                        row(answers, 6).get(5),
                        row(answers, 6).get(10),
                        row(answers, 6).get(11)),
                "a hidden item is in the advisor's file, marked");
        assertEquals(
                List.of("Wethouder", "", "Veel invloed", "Veel belang", "Overheid", "ja", "nee"),
                row(answers, 7).subList(5, 12),
                "a note with its column and row");
        assertEquals(
                List.of("Doorgaan?", "Keuze", "Annabel Zwart", "Ja"),
                row(answers, 10).subList(2, 6));
        assertEquals(2, answers.getRow(13).getCell(5).getNumericCellValue(), "a score is a number");
        assertEquals(List.of("Mensen", "1"), row(answers, 15).subList(5, 7));
        assertEquals(CellType.NUMERIC, answers.getRow(15).getCell(6).getCellType());
        assertEquals(
                "Meer <b>ontmoeting</b> & koffie", answers.getRow(21).getCell(5).getStringCellValue());
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysText() {
        Cell formula = workbook.getSheet("Antwoorden").getRow(3).getCell(5);

        assertEquals(CellType.STRING, formula.getCellType());
        assertEquals("=SOM(1;1)", formula.getStringCellValue());
        assertTrue(formula.getCellStyle().getQuotePrefixed(), "stays text when the cell is edited");
    }

    @Test
    void theSummaryCountsEachStepAsTheDocumentDoes() {
        Sheet summary = workbook.getSheet("Samenvatting");

        assertEquals(
                List.of("Wie doet mee?", "1", "Noem belanghebbenden", "Lijstje", "3", "2", "Gemeente", "2"),
                row(summary, 1).subList(0, 8));
        assertEquals(
                List.of("Weinig invloed / Veel belang", "0"), row(summary, 4).subList(6, 8), "hidden not counted");
        assertEquals(List.of("Veel invloed / Veel belang", "1"), row(summary, 5).subList(6, 8));
        assertEquals(List.of("Ja", "2"), row(summary, 8).subList(6, 8));
        assertEquals(List.of("Nee", "1"), row(summary, 9).subList(6, 8));
        assertEquals(5, summary.getRow(15).getCell(6).getNumericCellValue(), "the scale's last point");
        assertEquals(3.5, summary.getRow(15).getCell(8).getNumericCellValue());
        assertEquals(List.of("Mensen", "", "", "1", "2"), row(summary, 16).subList(6, 11));
        assertEquals(
                List.of("Keuzes maken", "6", "Wat wenst u de buurtkamer toe?", "Tekst", "3", "2"),
                row(summary, 19),
                "a text step: only how many answered");
        assertNull(summary.getRow(20));
    }

    /** A row's cells as shown, empty cells as "". */
    private static List<String> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        DataFormatter shown = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(row.getCell(i) == null ? "" : shown.formatCellValue(row.getCell(i)));
        }
        return cells;
    }
}
