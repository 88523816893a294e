package nl.cmostamm.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"https://x.example\",\"klik\")",
                "+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(A1:A9)",
                "\t=1+1",
                "\r=1+1",
                "\uFF1D1+1",
                "\uFF0Bcmd",
                "\uFF0D2+3",
                "\uFF20SUM(A1)",
                "-",
                "+31 6 12345678"
            })
    void aCellThatASpreadsheetWouldStartAsAFormulaBecomesText(String cell) {
        assertEquals("'" + cell, CsvExport.defused(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Koffie met Jan", "42", "-3", "-3,5", "-12.25", "3=3", "a@b.nl", "", "'al tekst"})
    void ordinaryTextAndNumbersStayAsTheyAre(String cell) {
        assertEquals(cell, CsvExport.defused(cell));
    }

    @Test
    void everyCellOfTheFileIsDefusedTheHeaderIncluded() {
        byte[] file = CsvExport.write(
                List.of("titel", "=vraag"),
                List.of(List.of("=HYPERLINK(\"x\")", "-3,5"), List.of("\uFF1D1+1", "gewoon; met puntkomma")));

        assertEquals(
                "\uFEFFtitel;'=vraag\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\";-3,5\r\n"
                        + "'\uFF1D1+1;\"gewoon; met puntkomma\"\r\n",
                new String(file, StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyOrMissingCellIsAnEmptyCell() {
        assertEquals("", CsvExport.defused(null));
    }
}
