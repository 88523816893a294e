package nl.cmostamm.portal.datacollection;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.shared.ExcelExport;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * All measurements as an Excel workbook (laid out by {@link ExcelExport}), with real dates and
 * numbers, so the spreadsheet can sum and chart them. Unlike the CSV export it is not read back,
 * so its headers are plain words in the reader's language.
 */
public final class MeasurementWorkbook {

    private MeasurementWorkbook() {}

    /**
     * {@code text} gives the bundle text of a key in the reader's language: the column headers and
     * the sheet's name.
     */
    public static byte[] of(List<Measurement> measurements, Function<String, String> text) {
        List<String> header = Stream.of(
                        "export.goal",
                        "indicator.name",
                        "indicator.unit",
                        "export.from",
                        "export.to",
                        "measurement.value",
                        "measurement.note",
                        "measurement.source")
                .map(text)
                .toList();
        return ExcelExport.write(text.apply("nav.measurements"), header, sheet -> {
            CellStyle date = ExcelExport.dateStyle(sheet);
            CellStyle number = sheet.getWorkbook().createCellStyle();
            number.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0.##"));
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
        });
    }
}
