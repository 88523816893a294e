package nl.cmostamm.portal.web.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.ExcelExport;
import nl.cmostamm.portal.web.shared.Words;
import nl.cmostamm.portal.workshop.AnswerItem;
import nl.cmostamm.portal.workshop.ExerciseStep;
import nl.cmostamm.portal.workshop.ExerciseVersion;
import nl.cmostamm.portal.workshop.StepKind;
import nl.cmostamm.portal.workshop.StepResults;
import nl.cmostamm.portal.workshop.StepResults.Count;
import nl.cmostamm.portal.workshop.WorkshopAnswer;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A session's answers as a workbook for the advisor's own analysis: every answer item on a row of
 * its own with who gave it and how the presenter handled it (hidden ones too, marked as such), and a
 * summary with the counts per step as the document shows them. Unlike the document, this file names
 * the participants (by the name they joined with), so it stays with the advisor. Typed texts are text
 * cells that never become formulas.
 */
public final class WorkshopResultsWorkbook {

    private WorkshopResultsWorkbook() {}

    /** {@code results}: every step of the session in order, as {@link WorkshopService#allResults} gives them. */
    public static byte[] write(WorkshopSession session, List<StepResults> results, Locale locale) {
        Words t = Words.in(locale);
        Language lang = session.getLanguage();
        List<String> exercises = exerciseOfEachStep(session, lang);
        return ExcelExport.write(List.of(
                new ExcelExport.Tab(
                        t.get("workshop.results.sheet.answers"),
                        List.of(
                                t.get("workshop.results.col.exercise"),
                                t.get("workshop.results.col.step"),
                                t.get("workshop.results.col.stepTitle"),
                                t.get("workshop.results.col.kind"),
                                t.get("workshop.results.col.participant"),
                                t.get("workshop.results.col.answer"),
                                t.get("workshop.results.col.place"),
                                t.get("workshop.results.col.column"),
                                t.get("workshop.results.col.row"),
                                t.get("workshop.results.col.group"),
                                t.get("workshop.results.col.picked"),
                                t.get("workshop.results.col.hidden")),
                        sheet -> answers(sheet, results, exercises, lang, t)),
                new ExcelExport.Tab(
                        t.get("workshop.results.sheet.summary"),
                        List.of(
                                t.get("workshop.results.col.exercise"),
                                t.get("workshop.results.col.step"),
                                t.get("workshop.results.col.stepTitle"),
                                t.get("workshop.results.col.kind"),
                                t.get("workshop.results.col.participants"),
                                t.get("workshop.results.col.answered"),
                                t.get("workshop.results.col.answer"),
                                t.get("workshop.results.col.count"),
                                t.get("workshop.results.col.mean"),
                                t.get("workshop.results.col.meanPlace"),
                                t.get("workshop.results.col.firsts")),
                        sheet -> summary(sheet, results, exercises, lang, t))));
    }

    /** One row per answer item; a choice or scale answer, which has no items, is one row with its value. */
    private static void answers(
            Sheet sheet, List<StepResults> results, List<String> exercises, Language lang, Words t) {
        CellStyle text = ExcelExport.textStyle(sheet);
        int r = 1;
        for (StepResults step : results) {
            ExerciseStep asked = step.step();
            List<String> options = asked.options(lang);
            for (WorkshopAnswer answer : step.answers()) {
                if (!asked.getKind().hasItems()) {
                    Row row = stepCells(sheet.createRow(r++), step, exercises, lang, t, text);
                    text(row, 4, answer.getParticipant().getDisplayName(), text);
                    if (asked.getKind() == StepKind.SCALE) {
                        row.createCell(5).setCellValue(answer.getNumberValue());
                    } else {
                        text(row, 5, label(options, answer.getNumberValue()), text);
                    }
                    continue;
                }
                for (AnswerItem item : answer.getItems()) {
                    Row row = stepCells(sheet.createRow(r++), step, exercises, lang, t, text);
                    text(row, 4, answer.getParticipant().getDisplayName(), text);
                    switch (asked.getKind()) {
                        case RANKING -> {
                            // stored with the Dutch option; the option's number gives the session's wording
                            text(row, 5, label(options, item.getX()), text);
                            row.createCell(6).setCellValue(item.getPosition());
                        }
                        case CANVAS -> {
                            text(row, 5, item.getText(), text);
                            text(row, 7, label(options, item.getX()), text);
                            text(row, 8, label(asked.rows(lang), item.getY()), text);
                        }
                        default -> text(row, 5, item.getText(), text);
                    }
                    text(row, 9, item.getGroupLabel(), text);
                    text(row, 10, t.get(item.isPicked() ? "export.yes" : "export.no"), text);
                    text(row, 11, t.get(item.isHidden() ? "export.yes" : "export.no"), text);
                }
            }
        }
        finish(sheet, r, 30, 6, 40, 12, 20, 60, 8, 20, 20, 20, 10, 10);
    }

    /**
     * One row per option, scale point, item or canvas cell with its count, or one row for a step with
     * nothing to count (a text, or a step nobody answered): the document's figures, filterable.
     */
    private static void summary(
            Sheet sheet, List<StepResults> results, List<String> exercises, Language lang, Words t) {
        CellStyle text = ExcelExport.textStyle(sheet);
        int r = 1;
        for (StepResults step : results) {
            ExerciseStep asked = step.step();
            int first = r;
            switch (asked.getKind()) {
                case CHOICE, ITEMS -> {
                    for (Count count : step.counts()) {
                        Row row = summaryRow(sheet.createRow(r++), step, exercises, lang, t, text);
                        text(row, 6, count.label(), text);
                        row.createCell(7).setCellValue(count.count());
                    }
                }
                case SCALE -> {
                    for (Count count : step.counts()) {
                        Row row = summaryRow(sheet.createRow(r++), step, exercises, lang, t, text);
                        row.createCell(6).setCellValue(Integer.parseInt(count.label()));
                        row.createCell(7).setCellValue(count.count());
                        if (step.mean() != null) {
                            row.createCell(8).setCellValue(step.mean());
                        }
                    }
                }
                case RANKING -> {
                    for (Count count : step.counts()) {
                        Row row = summaryRow(sheet.createRow(r++), step, exercises, lang, t, text);
                        text(row, 6, count.label(), text);
                        row.createCell(9).setCellValue(count.share());
                        row.createCell(10).setCellValue(count.count());
                    }
                }
                case CANVAS -> {
                    List<String> columns = asked.options(lang);
                    List<String> rows = asked.rows(lang);
                    for (StepResults.Cell cell : step.cells()) {
                        Row row = summaryRow(sheet.createRow(r++), step, exercises, lang, t, text);
                        String column = label(columns, cell.column());
                        text(row, 6, cell.row() == null ? column : column + " / " + label(rows, cell.row()), text);
                        row.createCell(7).setCellValue(cell.notes().size());
                    }
                }
                case TEXT -> {
                    // the texts are on the answers sheet; here only how many gave one
                }
            }
            if (r == first) {
                summaryRow(sheet.createRow(r++), step, exercises, lang, t, text);
            }
        }
        finish(sheet, r, 30, 6, 40, 12, 12, 12, 40, 10, 12, 16, 10);
    }

    /** The step's cells of a summary row: which step, and how many joined and answered. */
    private static Row summaryRow(
            Row row, StepResults step, List<String> exercises, Language lang, Words t, CellStyle text) {
        stepCells(row, step, exercises, lang, t, text);
        row.createCell(4).setCellValue(step.participants());
        row.createCell(5).setCellValue(step.answers().size());
        return row;
    }

    /**
     * The first four cells of a row: which exercise and step, and its kind. Written when the row is
     * made, as the streaming workbook may put earlier rows on disk.
     */
    private static Row stepCells(
            Row row, StepResults step, List<String> exercises, Language lang, Words t, CellStyle text) {
        text(row, 0, exercises.get(step.number() - 1), text);
        row.createCell(1).setCellValue(step.number());
        text(row, 2, step.step().title(lang), text);
        text(row, 3, t.get("workshop.kind." + step.step().getKind()), text);
        return row;
    }

    /** The title of each step's exercise, in step order. */
    private static List<String> exerciseOfEachStep(WorkshopSession session, Language lang) {
        List<String> titles = new ArrayList<>();
        for (ExerciseVersion exercise : session.getExercises()) {
            exercise.getSteps().forEach(step -> titles.add(exercise.title(lang)));
        }
        return titles;
    }

    /** The label of an option, column or row by its number; empty when there is none. */
    private static String label(List<String> labels, Integer index) {
        return index == null || index < 0 || index >= labels.size() ? "" : labels.get(index);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Column widths in characters, and a filter on the header, so one step or person is quickly found. */
    private static void finish(Sheet sheet, int rows, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, widths.length - 1));
    }
}
