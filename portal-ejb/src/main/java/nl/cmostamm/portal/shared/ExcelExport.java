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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Every Excel workbook the portal hands out, laid out one way: one sheet, a bold header row that
 * stays in view while scrolling, dates shown as the pages show them. The workbook streams its rows
 * to disk as they are written, so a large export does not sit in memory. Text cells are written as
 * text (never as formulas), so nothing a user typed runs when the file is opened.
 */
public final class ExcelExport {

    /** How many rows the streaming workbook keeps in memory. */
    private static final int ROWS_IN_MEMORY = 200;

    private ExcelExport() {}

    /**
     * The file: a sheet named {@code sheetName} with {@code header} in its first row, and what
     * {@code rows} writes from the second row on.
     */
    public static byte[] write(String sheetName, List<String> header, Consumer<Sheet> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                top.createCell(i).setCellValue(header.get(i));
                top.getCell(i).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            rows.accept(sheet);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A style for date cells; make it once per sheet, as a workbook holds a limited number of styles. */
    public static CellStyle dateStyle(Sheet sheet) {
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(DatePatterns.EXCEL_DATE));
        return date;
    }
}
