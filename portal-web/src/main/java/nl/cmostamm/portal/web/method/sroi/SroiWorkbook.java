package nl.cmostamm.portal.web.method.sroi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiInput;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity;
import nl.cmostamm.portal.shared.ExcelExport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An SROI analysis as an Excel workbook an advisor can check line by line: the result with its
 * settings and range, the inputs and the outcomes with every assumption, its reason and its source,
 * the sensitivity and the scenarios. The arithmetic a reader wants to follow is there as formulas (an
 * input's hours × hourly value; an outcome's quantity × proxy × (1 − deadweight) × (1 − displacement) ×
 * (1 − attribution)), next to the engine's present values, which involve the years and the discounting.
 * Every typed text stays text ({@link ExcelExport#textStyle}).
 */
final class SroiWorkbook {

    private static final String MONEY = "#,##0.00";
    private static final String PERCENT = "0.00%";

    private SroiWorkbook() {}

    /** {@code text} gives the bundle text of a key in the reader's language. */
    static byte[] xlsx(Appraisal appraisal, List<SroiScenarios.Figure> scenarios, Function<String, String> text) {
        return ExcelExport.write(List.of(
                new ExcelExport.Tab(
                        text.apply("sroi.result"),
                        headers(text, "sroi.sheet.item", "sroi.sheet.value"),
                        sheet -> result(sheet, appraisal, text)),
                new ExcelExport.Tab(
                        text.apply("sroi.inputs"),
                        headers(
                                text,
                                "sroi.stakeholder",
                                "sroi.input.kind",
                                "sroi.input.description",
                                "sroi.input.amount",
                                "sroi.input.hours",
                                "sroi.input.hourlyValue",
                                "sroi.input.value",
                                "sroi.input.hoursFrom",
                                "sroi.input.valueSource"),
                        sheet -> inputs(sheet, appraisal, text)),
                new ExcelExport.Tab(
                        text.apply("sroi.outcomes"),
                        headers(
                                text,
                                "sroi.stakeholder",
                                "sroi.outcome.description",
                                "sroi.outcome.evidence",
                                "sroi.outcome.quantity",
                                "sroi.outcome.proxyDescription",
                                "sroi.outcome.proxyValue",
                                "sroi.outcome.proxyPriceYear",
                                "sroi.outcome.proxySource",
                                "sroi.outcome.deadweight",
                                "sroi.outcome.why",
                                "sroi.outcome.displacement",
                                "sroi.outcome.why",
                                "sroi.outcome.attribution",
                                "sroi.outcome.why",
                                "sroi.outcome.dropOff",
                                "sroi.outcome.why",
                                "sroi.outcome.durationYears",
                                "sroi.outcome.starts",
                                "sroi.outcome.impact",
                                "sroi.result.presentValue"),
                        sheet -> outcomes(sheet, appraisal, text)),
                new ExcelExport.Tab(
                        text.apply("sroi.sensitivity"),
                        headers(text, "sroi.sensitivity.assumption", "sroi.sensitivity.low", "sroi.sensitivity.high"),
                        sheet -> sensitivity(sheet, appraisal, text)),
                new ExcelExport.Tab(
                        text.apply("sroi.scenarios"),
                        headers(
                                text,
                                "sroi.scenario.name",
                                "sroi.scenario.changes",
                                "sroi.result.ratio",
                                "sroi.result.presentValue"),
                        sheet -> scenarios(sheet, scenarios, text))));
    }

    private static List<String> headers(Function<String, String> text, String... keys) {
        return Arrays.stream(keys).map(text).toList();
    }

    private static void result(Sheet sheet, Appraisal appraisal, Function<String, String> text) {
        Styles styles = new Styles(sheet);
        SroiAnalysis analysis = appraisal.map().analysis();
        Result result = appraisal.result();
        int[] row = {1};
        line(sheet, row, text.apply("sroi.analysis.title"), analysis.getTitle(), styles);
        line(sheet, row, text.apply("sroi.analysis.kind"), text.apply("sroi.kind." + analysis.getKind()), styles);
        line(
                sheet,
                row,
                text.apply("sroi.analysis.period"),
                analysis.getPeriodStart().format(nl.cmostamm.portal.shared.Input.DUTCH_DATE) + " – "
                        + analysis.getPeriodEnd().format(nl.cmostamm.portal.shared.Input.DUTCH_DATE),
                styles);
        line(sheet, row, text.apply("sroi.analysis.status"), text.apply("sroi.status." + analysis.getStatus()), styles);
        number(sheet, row, text.apply("sroi.analysis.discountRate"), analysis.getDiscountRate(), styles.percent);
        line(
                sheet,
                row,
                text.apply("sroi.analysis.discountFirstYear"),
                text.apply(analysis.isDiscountFirstYear() ? "sroi.firstYear.true" : "sroi.firstYear.false"),
                styles);
        if (result == null) {
            line(sheet, row, text.apply("sroi.result"), text.apply("sroi.notCalculable"), styles);
            return;
        }
        number(sheet, row, text.apply("sroi.result.inputs"), result.totalInputs(), styles.money);
        number(sheet, row, text.apply("sroi.result.presentValue"), result.presentValue(), styles.money);
        number(sheet, row, text.apply("sroi.result.netPresentValue"), result.netPresentValue(), styles.money);
        number(sheet, row, text.apply("sroi.result.ratio"), result.ratio(), null);
        number(
                sheet,
                row,
                text.apply("sroi.sensitivity.low"),
                appraisal.sensitivity().lowestRatio(),
                null);
        number(
                sheet,
                row,
                text.apply("sroi.sensitivity.high"),
                appraisal.sensitivity().highestRatio(),
                null);
        if (result.paybackMonths() != null) {
            number(sheet, row, text.apply("sroi.result.payback"), result.paybackMonths(), null);
        }
        row[0]++;
        Row header = sheet.createRow(row[0]++);
        header.createCell(0).setCellValue(text.apply("sroi.result.year"));
        header.createCell(1).setCellValue(text.apply("sroi.result.value"));
        header.createCell(2).setCellValue(text.apply("sroi.result.discounted"));
        for (Result.Year year : result.years()) {
            Row line = sheet.createRow(row[0]++);
            line.createCell(0).setCellValue(year.year());
            money(line, 1, year.value(), styles);
            money(line, 2, year.discounted(), styles);
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static void inputs(Sheet sheet, Appraisal appraisal, Function<String, String> text) {
        Styles styles = new Styles(sheet);
        int index = 1;
        for (SroiInput input : appraisal.map().inputs()) {
            Row row = sheet.createRow(index);
            text(row, 0, input.getStakeholder().getGroup().getName(), styles);
            text(row, 1, text.apply("sroi.inputKind." + input.getKind()), styles);
            text(row, 2, input.getDescription(), styles);
            int excelRow = index + 1;
            if (input.getKind() == InputKind.VOLUNTEER_TIME) {
                number(row, 4, input.getHours(), null);
                money(row, 5, input.getHourlyValue(), styles);
                formula(row, 6, "E" + excelRow + "*F" + excelRow, input.value(), styles.money);
                text(row, 7, text.apply("sroi.hoursShown." + input.getHoursFrom()), styles);
            } else {
                money(row, 3, input.getAmount(), styles);
                formula(row, 6, "D" + excelRow, input.value(), styles.money);
            }
            text(row, 8, input.getValueSource(), styles);
            index++;
        }
        widths(sheet, 24, 20, 36, 14, 10, 14, 14, 22, 40);
        sheet.getWorkbook().setForceFormulaRecalculation(true);
    }

    private static void outcomes(Sheet sheet, Appraisal appraisal, Function<String, String> text) {
        Styles styles = new Styles(sheet);
        Result result = appraisal.result();
        int index = 1;
        List<SroiOutcome> outcomes = appraisal.map().outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            SroiOutcome o = outcomes.get(i);
            Row row = sheet.createRow(index);
            int r = index + 1;
            text(row, 0, o.getStakeholder().getGroup().getName(), styles);
            text(row, 1, o.getDescription(), styles);
            text(row, 2, evidence(o, text), styles);
            number(row, 3, o.getQuantity(), null);
            text(row, 4, o.getProxyDescription(), styles);
            money(row, 5, o.getProxyValue(), styles);
            if (o.getProxyPriceYear() != null) {
                row.createCell(6).setCellValue(o.getProxyPriceYear());
            }
            text(row, 7, o.getProxySource(), styles);
            number(row, 8, o.getDeadweight(), styles.percent);
            text(row, 9, o.getDeadweightWhy(), styles);
            number(row, 10, o.getDisplacement(), styles.percent);
            text(row, 11, o.getDisplacementWhy(), styles);
            number(row, 12, o.getAttribution(), styles.percent);
            text(row, 13, o.getAttributionWhy(), styles);
            number(row, 14, o.getDropOff(), styles.percent);
            text(row, 15, o.getDropOffWhy(), styles);
            row.createCell(16).setCellValue(o.getDuration());
            text(
                    row,
                    17,
                    text.apply(o.isStartsAfter() ? "sroi.outcome.startsAfter" : "sroi.outcome.startsDuring"),
                    styles);
            formula(
                    row,
                    18,
                    "D" + r + "*F" + r + "*(1-I" + r + ")*(1-K" + r + ")*(1-M" + r + ")",
                    result == null ? null : result.outcomes().get(i).impact(),
                    styles.money);
            if (result != null) {
                money(row, 19, result.outcomes().get(i).presentValue(), styles);
            }
            index++;
        }
        widths(sheet, 24, 30, 36, 10, 30, 14, 10, 40, 12, 30, 12, 30, 12, 30, 12, 30, 10, 18, 16, 16);
        sheet.getWorkbook().setForceFormulaRecalculation(true);
    }

    private static String evidence(SroiOutcome o, Function<String, String> text) {
        String kind = text.apply("sroi.evidence." + o.getEvidence());
        return switch (o.getEvidence()) {
            case INDICATOR -> kind + ": " + o.getIndicator().getName();
            case SURVEY_QUESTION -> kind + ": " + o.getQuestion().getContent().getText();
            case ESTIMATE -> kind + ": " + o.getEstimateSource();
        };
    }

    private static void sensitivity(Sheet sheet, Appraisal appraisal, Function<String, String> text) {
        Sensitivity.Analysis sensitivity = appraisal.sensitivity();
        if (sensitivity == null) {
            return;
        }
        Styles styles = new Styles(sheet);
        int index = 1;
        for (Sensitivity.Swing swing : sensitivity.swings()) {
            Row row = sheet.createRow(index++);
            text(row, 0, SroiCharts.label(swing, appraisal.map(), text), styles);
            number(row, 1, swing.lowRatio(), null);
            number(row, 2, swing.highRatio(), null);
        }
        sheet.setColumnWidth(0, 60 * 256);
    }

    private static void scenarios(Sheet sheet, List<SroiScenarios.Figure> scenarios, Function<String, String> text) {
        Styles styles = new Styles(sheet);
        int index = 1;
        for (SroiScenarios.Figure figure : scenarios) {
            Row row = sheet.createRow(index++);
            text(row, 0, figure.scenario().getName(), styles);
            text(row, 1, figure.description(), styles);
            if (figure.result() == null) {
                text(row, 2, text.apply("sroi.notCalculable"), styles);
            } else {
                number(row, 2, figure.result().ratio(), null);
                money(row, 3, figure.result().presentValue(), styles);
            }
        }
    }

    /** Column widths in characters, so a reader sees the texts without dragging columns first. */
    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** The cell styles of one sheet, made once: a workbook holds a limited number of styles. */
    private static final class Styles {
        final CellStyle text;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle ratio;

        Styles(Sheet sheet) {
            ratio = sheet.getWorkbook().createCellStyle();
            ratio.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.0000"));
            text = ExcelExport.textStyle(sheet);
            money = sheet.getWorkbook().createCellStyle();
            money.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(MONEY));
            percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(PERCENT));
        }
    }

    private static void line(Sheet sheet, int[] row, String label, String value, Styles styles) {
        Row line = sheet.createRow(row[0]++);
        text(line, 0, label, styles);
        text(line, 1, value, styles);
    }

    private static void number(Sheet sheet, int[] row, String label, BigDecimal value, CellStyle style) {
        Row line = sheet.createRow(row[0]++);
        line.createCell(0).setCellValue(label);
        number(line, 1, value, style);
    }

    private static void text(Row row, int column, String value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.text);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void money(Row row, int column, BigDecimal value, Styles styles) {
        number(row, column, value, styles.money);
    }

    /**
     * A formula with the engine's value as its cached result, so a viewer that does not calculate
     * (a preview, a phone) shows the figure too; a spreadsheet recalculates it on opening.
     */
    private static void formula(Row row, int column, String formula, BigDecimal cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        if (cached != null) {
            cell.setCellValue(cached.doubleValue());
        }
        cell.setCellStyle(style);
    }
}
