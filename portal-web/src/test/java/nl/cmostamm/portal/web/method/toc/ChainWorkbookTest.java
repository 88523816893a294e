package nl.cmostamm.portal.web.method.toc;

import static nl.cmostamm.portal.web.method.toc.ChainSamples.DUTCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Level;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbook for work plans, read back: elements, links with their numbered assumptions, indicators as numbers. */
class ChainWorkbookTest {

    private static XSSFWorkbook helpDesk;

    @BeforeAll
    static void exportTheHelpDesk() throws IOException {
        helpDesk = read(ChainWorkbook.xlsx(ChainSamples.helpDesk(), DUTCH, ChainSamples.text(DUTCH)));
    }

    @Test
    void threeSheetsEachWithABoldFrozenHeader() {
        assertEquals(3, helpDesk.getNumberOfSheets());
        assertEquals(List.of("Onderdelen", "Verbanden", "Indicatoren"), sheetNames(helpDesk));
        for (Sheet sheet : helpDesk) {
            assertTrue(
                    helpDesk.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sheet.getColumnWidth(1) > 20 * 256, "a title column is wide enough to read");
        }
        assertEquals(
                List.of("Niveau", "Omschrijving", "Toelichting", "Indicatoren", "Verhalen", "Vragenlijsten"),
                row(helpDesk.getSheet("Onderdelen"), 0));
        assertEquals(
                List.of("Nr.", "Van", "Leidt tot", "Aanname", "Hoe zeker?", "Onderbouwing"),
                row(helpDesk.getSheet("Verbanden"), 0));
        assertEquals(
                List.of("Onderdeel", "Indicator", "Laatste meting", "Streefwaarde", "Eenheid", "Stoplicht"),
                row(helpDesk.getSheet("Indicatoren"), 0));
    }

    @Test
    void everyElementIsARowInChainOrder() {
        Sheet elements = helpDesk.getSheet("Onderdelen");

        assertEquals(30, elements.getLastRowNum());
        assertEquals(
                List.of("PROBLEEM", "Eenzaamheid onder ouderen in het dorp neemt toe"),
                row(elements, 1).subList(0, 2));
        Row coffee = elements.getRow(24);
        assertEquals("Ouderen voelen zich minder eenzaam", coffee.getCell(1).getStringCellValue());
        assertEquals("Voelt zich minder eenzaam: 58 / 70%", coffee.getCell(3).getStringCellValue());
        assertEquals(5, coffee.getCell(4).getNumericCellValue());
        assertEquals("Bezoekers koffieochtend 2026", coffee.getCell(5).getStringCellValue());
    }

    @Test
    void linksCarryTheSameAssumptionNumbersAsTheDiagram() {
        Sheet links = helpDesk.getSheet("Verbanden");
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= links.getLastRowNum(); i++) {
            Cell number = links.getRow(i).getCell(0);
            if (number != null) {
                numbers.add(number.getStringCellValue());
            }
        }

        assertEquals(34, links.getLastRowNum());
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7"), numbers);
        Row second = rowWith(links, "A2");
        assertEquals("OUTPUT: Bezoekers van de koffieochtend", second.getCell(1).getStringCellValue());
        assertEquals(
                "OUTCOME: Ouderen voelen zich minder eenzaam", second.getCell(2).getStringCellValue());
        assertEquals(
                "Wie regelmatig komt, bouwt nieuwe contacten op",
                second.getCell(3).getStringCellValue());
        assertEquals("Gemiddeld", second.getCell(4).getStringCellValue());
    }

    @Test
    void indicatorsAreNumbersWithTheirLightInWords() {
        Sheet indicators = helpDesk.getSheet("Indicatoren");
        Row hours = rowWith(indicators, "OUTPUT: Actieve vrijwilligers", "Uren per vrijwilliger");

        assertEquals(9, indicators.getLastRowNum());
        assertEquals(CellType.NUMERIC, hours.getCell(2).getCellType());
        assertEquals(5.5, hours.getCell(2).getNumericCellValue());
        assertEquals(4, hours.getCell(3).getNumericCellValue());
        assertEquals("uur", hours.getCell(4).getStringCellValue());
        assertEquals("Nog ver van de streefwaarde", hours.getCell(5).getStringCellValue());
        assertNull(
                rowWith(indicators, "OUTPUT: Mensen geholpen met de computer", "Geholpen per kwartaal")
                        .getCell(2),
                "nothing measured: an empty cell, not a zero");
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysTextUnchanged() throws IOException {
        Chain chain = new Chain(
                List.of(
                        ChainSamples.plain(1, Level.PROBLEM, "=HYPERLINK(\"http://example.org\",\"klik\")"),
                        ChainSamples.plain(2, Level.GOAL, "- koffie voor iedereen"),
                        ChainSamples.plain(3, Level.INPUT, "@gemeente +subsidie")),
                List.of());

        try (XSSFWorkbook workbook = read(ChainWorkbook.xlsx(chain, DUTCH, ChainSamples.text(DUTCH)))) {
            Sheet elements = workbook.getSheet("Onderdelen");
            for (int i = 1; i <= 3; i++) {
                Cell title = elements.getRow(i).getCell(1);
                assertEquals(CellType.STRING, title.getCellType());
                assertTrue(title.getCellStyle().getQuotePrefixed(), "stays text when edited");
                assertEquals(chain.elements().get(i - 1).title(), title.getStringCellValue());
            }
        }
    }

    @Test
    void theHeadersFollowTheReadersLanguage() throws IOException {
        try (XSSFWorkbook workbook =
                read(ChainWorkbook.xlsx(ChainSamples.helpDesk(), Locale.ENGLISH, ChainSamples.text(Locale.ENGLISH)))) {
            assertEquals(List.of("Parts", "Links", "Indicators"), sheetNames(workbook));
            assertEquals(
                    "ACTIVITIES",
                    workbook.getSheet("Parts").getRow(12).getCell(0).getStringCellValue());
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> values = new ArrayList<>();
        sheet.getRow(index).forEach(cell -> values.add(cell.toString()));
        return values;
    }

    private static Row rowWith(Sheet sheet, String... firstCells) {
        for (Row row : sheet) {
            boolean match = true;
            for (int i = 0; i < firstCells.length; i++) {
                Cell cell = row.getCell(i);
                match &= cell != null && cell.toString().equals(firstCells[i]);
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + List.of(firstCells));
    }
}
