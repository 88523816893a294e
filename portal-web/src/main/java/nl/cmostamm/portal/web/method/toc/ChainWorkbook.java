package nl.cmostamm.portal.web.method.toc;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.shared.ExcelExport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The Theory of Change as an Excel workbook, the shape boards use for their work plans: a sheet of
 * elements, one of links with their numbered assumptions (A1, A2… as on the diagram), and one of
 * indicators with their latest value and target as numbers, so a board can sort, filter and extend
 * it. Laid out by {@link ExcelExport}; every typed text stays text.
 */
public final class ChainWorkbook {

    private ChainWorkbook() {}

    /** {@code text} gives the bundle text of a key in the reader's language. */
    public static byte[] xlsx(Chain chain, Locale locale, Function<String, String> text) {
        ChainTexts texts = new ChainTexts(locale, text);
        return ExcelExport.write(List.of(
                new ExcelExport.Tab(
                        texts.get("toc.sheet.elements"),
                        headers(
                                texts,
                                "toc.col.level",
                                "toc.col.title",
                                "toc.col.description",
                                "toc.col.indicators",
                                "nav.stories",
                                "nav.surveys"),
                        sheet -> elements(sheet, chain, texts)),
                new ExcelExport.Tab(
                        texts.get("toc.links"),
                        headers(
                                texts,
                                "toc.link.number",
                                "toc.link.from",
                                "toc.link.to",
                                "toc.link.assumption",
                                "toc.link.confidence",
                                "toc.link.evidence"),
                        sheet -> links(sheet, chain, texts)),
                new ExcelExport.Tab(
                        texts.get("toc.sheet.indicators"),
                        headers(
                                texts,
                                "toc.col.element",
                                "indicator.name",
                                "indicator.latest",
                                "indicator.target",
                                "indicator.unit",
                                "toc.col.light"),
                        sheet -> indicators(sheet, chain, texts))));
    }

    private static List<String> headers(ChainTexts texts, String... keys) {
        return Arrays.stream(keys).map(texts::get).toList();
    }

    private static void elements(Sheet sheet, Chain chain, ChainTexts texts) {
        CellStyle style = ExcelExport.textStyle(sheet);
        int index = 1;
        for (Chain.Element element : chain.elements()) {
            Row row = sheet.createRow(index++);
            text(row, 0, texts.level(element.level()), style);
            text(row, 1, element.title(), style);
            text(row, 2, element.description(), style);
            text(row, 3, element.indicators().stream().map(texts::indicator).collect(Collectors.joining("\n")), style);
            row.createCell(4).setCellValue(element.stories());
            text(row, 5, String.join("\n", element.surveys()), style);
        }
        finish(sheet, index, 14, 40, 50, 45, 10, 30);
    }

    private static void links(Sheet sheet, Chain chain, ChainTexts texts) {
        CellStyle style = ExcelExport.textStyle(sheet);
        Map<Long, Chain.Element> elements = ChainTexts.byId(chain);
        int index = 1;
        for (Map.Entry<Chain.Link, String> numbered :
                ChainTexts.numberedLinks(chain).entrySet()) {
            Chain.Link link = numbered.getKey();
            Row row = sheet.createRow(index++);
            text(row, 0, numbered.getValue(), style);
            text(row, 1, texts.element(elements.get(link.fromId())), style);
            text(row, 2, texts.element(elements.get(link.toId())), style);
            text(row, 3, link.assumption(), style);
            text(row, 4, texts.confidence(link.confidence()), style);
            text(row, 5, link.evidence(), style);
        }
        finish(sheet, index, 6, 40, 40, 50, 14, 50);
    }

    private static void indicators(Sheet sheet, Chain chain, ChainTexts texts) {
        CellStyle style = ExcelExport.textStyle(sheet);
        CellStyle number = sheet.getWorkbook().createCellStyle();
        number.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0.##"));
        int index = 1;
        for (Chain.Element element : chain.elements()) {
            for (Chain.IndicatorEvidence indicator : element.indicators()) {
                Row row = sheet.createRow(index++);
                text(row, 0, texts.element(element), style);
                text(row, 1, indicator.name(), style);
                number(row, 2, indicator.latest(), number);
                number(row, 3, indicator.target(), number);
                text(row, 4, indicator.unit(), style);
                text(row, 5, texts.light(indicator.light()), style);
            }
        }
        finish(sheet, index, 40, 35, 14, 14, 12, 28);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** Column widths in characters, and a filter on the header, as a work plan is sorted and filtered. */
    private static void finish(Sheet sheet, int rows, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, widths.length - 1));
    }
}
