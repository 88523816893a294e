package nl.cmostamm.portal.datacollection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.cmostamm.portal.goal.Indicator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * All measurements as an Excel workbook: one sheet, real dates and numbers (so the spreadsheet can
 * sum and chart them), a frozen header row. Streams rows to disk as it goes, so a large export does
 * not sit in memory. Text cells are written as text, so nothing in a note runs as a formula.
 */
public final class MeasurementWorkbook {

    private MeasurementWorkbook() {}

    /** {@code headers}: goal, indicator, unit, from, to, value, note, source, in the reader's language. */
    public static byte[] of(List<Measurement> measurements, List<String> headers, String sheetName) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int index = 1;
            for (Measurement m : measurements) {
                Row row = sheet.createRow(index++);
                Indicator indicator = m.getIndicator();
                row.createCell(0).setCellValue(indicator.getGoal().getTitle());
                row.createCell(1).setCellValue(indicator.getName());
                row.createCell(2).setCellValue(indicator.getUnit() == null ? "" : indicator.getUnit());
                row.createCell(3).setCellValue(m.getPeriodStart());
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(m.getPeriodEnd());
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(m.getValue().doubleValue());
                row.getCell(5).setCellStyle(number);
                row.createCell(6).setCellValue(m.getNote() == null ? "" : m.getNote());
                row.createCell(7).setCellValue(m.getSource() == null ? "" : m.getSource());
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
