package nl.cmostamm.portal.web.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.report.insight.InsightReport;
import nl.cmostamm.portal.report.insight.InsightReport.Effort;
import nl.cmostamm.portal.report.insight.InsightReport.Evidence;
import nl.cmostamm.portal.report.insight.InsightReport.GroupShare;
import nl.cmostamm.portal.report.insight.InsightReport.Section;
import nl.cmostamm.portal.shared.ExcelExport;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.Words;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The insight report as a spreadsheet for the municipality's own analysis: the efforts per
 * societal effect with their outputs in both periods as numbers, the spread over target groups, and
 * the evidence of outcomes. Typed texts are written as text cells that never become formulas.
 */
public final class InsightWorkbook {

    private InsightWorkbook() {}

    public static byte[] write(InsightReport report, Locale locale) {
        Words t = new Words(Texts.bundle(locale), locale);
        String now = InsightDocument.period(report.period(), t);
        String before = InsightDocument.period(report.previous(), t);
        return ExcelExport.write(List.of(
                new ExcelExport.Tab(
                        t.get("insight.sheet.efforts"),
                        List.of(
                                t.get("insight.effect"),
                                t.get("insight.effort"),
                                t.get("insight.targetGroups"),
                                t.format("insight.sheet.occurrences", now),
                                t.format("insight.sheet.participants", now),
                                t.format("insight.sheet.helpRequests", now),
                                t.format("insight.sheet.hours", now),
                                t.format("insight.sheet.occurrences", before),
                                t.format("insight.sheet.participants", before),
                                t.format("insight.sheet.helpRequests", before),
                                t.format("insight.sheet.hours", before)),
                        sheet -> efforts(sheet, report, t)),
                new ExcelExport.Tab(
                        t.get("insight.sheet.spread"),
                        List.of(
                                t.get("insight.effect"),
                                t.get("insight.targetGroup"),
                                t.get("insight.participants.current"),
                                t.get("insight.participants.previous"),
                                t.get("insight.helpRequests.current"),
                                t.get("insight.helpRequests.previous")),
                        sheet -> spread(sheet, report, t)),
                new ExcelExport.Tab(
                        t.get("insight.sheet.evidence"),
                        List.of(
                                t.get("insight.effect"),
                                t.get("insight.outcome"),
                                t.get("insight.sheet.kinds"),
                                t.get("insight.evidence")),
                        sheet -> evidence(sheet, report, t))));
    }

    private static void efforts(Sheet sheet, InsightReport report, Words t) {
        CellStyle text = ExcelExport.textStyle(sheet);
        int r = 1;
        for (Section section : report.sections()) {
            for (Effort effort : section.efforts()) {
                Row row = sheet.createRow(r++);
                text(row, 0, name(section, t), text);
                text(
                        row,
                        1,
                        effort.help() ? effort.name() + " (" + t.get("insight.effort.help") + ")" : effort.name(),
                        text);
                text(
                        row,
                        2,
                        effort.help()
                                ? t.get("insight.targetGroups.perRequest")
                                : String.join(", ", effort.targetGroups()),
                        text);
                int c = 3;
                for (InsightReport.Output output : List.of(effort.current(), effort.previous())) {
                    row.createCell(c++).setCellValue(output.occurrences());
                    row.createCell(c++).setCellValue(output.participants());
                    row.createCell(c++).setCellValue(output.helpRequests());
                    row.createCell(c++).setCellValue(output.volunteerHours().doubleValue());
                }
            }
        }
    }

    private static void spread(Sheet sheet, InsightReport report, Words t) {
        CellStyle text = ExcelExport.textStyle(sheet);
        int r = 1;
        for (Section section : report.sections()) {
            r = shares(sheet, r, name(section, t), section.spread(), t, text);
        }
        shares(sheet, r, t.get("insight.spread.all"), report.spread(), t, text);
    }

    private static int shares(Sheet sheet, int r, String effect, List<GroupShare> shares, Words t, CellStyle text) {
        for (GroupShare share : shares) {
            Row row = sheet.createRow(r++);
            text(row, 0, effect, text);
            text(row, 1, share.isUnrecorded() ? t.get("insight.targetGroup.none") : share.name(), text);
            row.createCell(2).setCellValue(share.participants());
            row.createCell(3).setCellValue(share.previousParticipants());
            row.createCell(4).setCellValue(share.helpRequests());
            row.createCell(5).setCellValue(share.previousHelpRequests());
        }
        return r;
    }

    private static void evidence(Sheet sheet, InsightReport report, Words t) {
        CellStyle text = ExcelExport.textStyle(sheet);
        int r = 1;
        for (Section section : report.sections()) {
            for (Evidence evidence : section.evidence()) {
                Row row = sheet.createRow(r++);
                text(row, 0, name(section, t), text);
                text(row, 1, evidence.title(), text);
                row.createCell(2)
                        .setCellValue(BigDecimal.valueOf(evidence.kinds()).doubleValue());
                text(row, 3, String.join("\n", InsightDocument.evidenceLines(evidence, t)), text);
            }
        }
    }

    private static String name(Section section, Words t) {
        return section.isUnlinked() ? t.get("insight.unlinked") : section.name();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
