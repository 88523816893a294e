package nl.cmostamm.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every Excel workbook the portal hands out, laid out one way: one sheet or a few, each with a bold
 * header row that stays in view while scrolling, dates shown as the pages show them. The workbook
 * streams its rows to disk as they are written, so a large export does not sit in memory. Text cells
 * are written as text (never as formulas), so nothing a user typed runs when the file is opened;
 * {@link #textStyle} keeps it text when someone edits such a cell later.
 */
public final class ExcelExport {

    /** How many rows the streaming workbook keeps in memory. */
    private static final int ROWS_IN_MEMORY = 200;

    private ExcelExport() {}

    /**
     * One sheet of a workbook: its name, its header row, and what {@code rows} writes from the
     * second row on.
     */
    public record Tab(String name, List<String> header, Consumer<Sheet> rows) {}

    /**
     * The file: a sheet named {@code sheetName} with {@code header} in its first row, and what
     * {@code rows} writes from the second row on.
     */
    public static byte[] write(String sheetName, List<String> header, Consumer<Sheet> rows) {
        return write(List.of(new Tab(sheetName, header, rows)));
    }

    /** The file with these sheets, in this order. */
    public static byte[] write(List<Tab> tabs) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Tab tab : tabs) {
                Sheet sheet = workbook.createSheet(tab.name());
                Row top = sheet.createRow(0);
                for (int i = 0; i < tab.header().size(); i++) {
                    top.createCell(i).setCellValue(tab.header().get(i));
                    top.getCell(i).setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                tab.rows().accept(sheet);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A style for text people typed, made once per sheet: wrapped and top-aligned for long texts, and
     * quote-prefixed. A text cell is never a formula, but a text that starts with = + - or @ would
     * become one as soon as someone edits the cell in a spreadsheet; the quote prefix keeps it text
     * there too, without changing what the cell shows.
     */
    public static CellStyle textStyle(Sheet sheet) {
        CellStyle text = sheet.getWorkbook().createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setQuotePrefixed(true);
        return text;
    }

    /** A style for date cells; make it once per sheet, as a workbook holds a limited number of styles. */
    public static CellStyle dateStyle(Sheet sheet) {
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(DatePatterns.EXCEL_DATE));
        return date;
    }
}
