package nl.cmostamm.portal.web.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.method.outcome.OutcomeRecord;
import nl.cmostamm.portal.report.insight.InsightReport;
import nl.cmostamm.portal.report.insight.InsightReport.Effort;
import nl.cmostamm.portal.report.insight.InsightReport.Evidence;
import nl.cmostamm.portal.report.insight.InsightReport.GoalLight;
import nl.cmostamm.portal.report.insight.InsightReport.GroupShare;
import nl.cmostamm.portal.report.insight.InsightReport.Output;
import nl.cmostamm.portal.report.insight.InsightReport.Section;
import nl.cmostamm.portal.report.insight.ReportPeriod;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.PdfDocuments;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.Words;

/**
 * The insight report as a tagged, accessible A4 document (PDF/UA, the reader's language set):
 * the periods compared, the totals, then per societal effect what the initiative wants to reach,
 * its goals with their lights in words, its efforts with their outputs now and before, the evidence
 * of outcomes, and the spread over target groups; last the spread over all efforts. Real headings
 * and tables with header cells, so a screen reader can find its way. Every typed text is escaped.
 */
public final class InsightDocument {

    private static final Formats FORMATS = new Formats();

    private InsightDocument() {}

    public static byte[] pdf(InsightReport report, Locale locale, LocalDate madeOn) {
        return PdfDocuments.renderAccessible(html(report, locale, madeOn));
    }

    static String html(InsightReport report, Locale locale, LocalDate madeOn) {
        Words t = new Words(Texts.bundle(locale), locale);
        String title = t.format("insight.doc.title", report.initiative());
        StringBuilder b = PdfDocuments.begin(locale.getLanguage(), title, report.initiative(), CSS);
        b.append("<h1>").append(x(title)).append("</h1>");
        b.append("<p class=\"meta\">")
                .append(x(t.format(
                        "insight.doc.periods",
                        report.municipality(),
                        period(report.period(), t),
                        period(report.previous(), t),
                        day(madeOn))))
                .append("</p>");

        b.append("<h2>").append(x(t.get("insight.total"))).append("</h2>");
        outputTable(b, t, t.get("insight.total"), report.total(), report.previousTotal());

        for (Section section : report.sections()) {
            String name = section.isUnlinked() ? t.get("insight.unlinked") : section.name();
            b.append("<h2>").append(x(name)).append("</h2>");
            if (section.aim() != null && !section.aim().isBlank()) {
                b.append("<p><span class=\"label\">")
                        .append(x(t.get("insight.aim")))
                        .append("</span> ")
                        .append(x(section.aim()))
                        .append("</p>");
            } else if (section.isUnlinked()) {
                b.append("<p>").append(x(t.get("insight.unlinked.help"))).append("</p>");
            }
            if (!section.goals().isEmpty()) {
                b.append("<h3>").append(x(t.get("insight.goals"))).append("</h3><ul>");
                for (GoalLight goal : section.goals()) {
                    b.append("<li>")
                            .append(x(goal.title()))
                            .append(": ")
                            .append(x(t.get("light." + goal.light())))
                            .append("</li>");
                }
                b.append("</ul>");
            }
            b.append("<h3>").append(x(t.get("insight.efforts"))).append("</h3>");
            if (section.efforts().isEmpty()) {
                b.append("<p>").append(x(t.get("insight.efforts.none"))).append("</p>");
            } else {
                effortTable(b, t, name, section.efforts());
            }
            b.append("<h3>").append(x(t.get("insight.evidence"))).append("</h3>");
            if (section.evidence().isEmpty()) {
                b.append("<p>").append(x(t.get("insight.evidence.none"))).append("</p>");
            } else {
                b.append("<ul>");
                for (Evidence evidence : section.evidence()) {
                    b.append("<li><span class=\"label\">")
                            .append(x(evidence.title()))
                            .append("</span> (")
                            .append(x(t.format("insight.evidence.kinds", evidence.kinds())))
                            .append(")");
                    for (String line : evidenceLines(evidence, t)) {
                        b.append("<br/>").append(x(line));
                    }
                    b.append("</li>");
                }
                b.append("</ul>");
            }
            if (!section.efforts().isEmpty()) {
                b.append("<h3>").append(x(t.get("insight.spread"))).append("</h3>");
                spreadTable(b, t, name, section.spread());
            }
        }
        b.append("<h2>").append(x(t.get("insight.spread.all"))).append("</h2>");
        b.append("<p>").append(x(t.get("insight.spread.help"))).append("</p>");
        spreadTable(b, t, t.get("insight.spread.all"), report.spread());
        b.append("<p class=\"meta\">")
                .append(x(t.get("insight.doc.evidenceNow")))
                .append("</p>");
        b.append("</body></html>");
        return b.toString();
    }

    /** Each kind of evidence of an outcome in one sentence, in the reader's language. */
    static List<String> evidenceLines(Evidence evidence, Words t) {
        List<String> lines = new java.util.ArrayList<>();
        for (OutcomeRecord.IndicatorEvidence indicator : evidence.indicators()) {
            if (indicator.latest() == null) {
                lines.add(t.format("insight.evidence.indicator.none", indicator.name()));
            } else {
                lines.add(t.format(
                        "insight.evidence.indicator",
                        indicator.name(),
                        FORMATS.plain(indicator.latest()),
                        indicator.target() == null ? "–" : FORMATS.plain(indicator.target()),
                        t.get("light." + indicator.light())));
            }
        }
        for (OutcomeRecord.EffectEvidence effect : evidence.effects()) {
            lines.add(t.format(
                    "insight.evidence.effect", effect.effect(), effect.responsesBefore(), effect.responsesAfter()));
        }
        if (evidence.storiesChosen() > 0) {
            lines.add(t.format("insight.evidence.stories", evidence.storiesChosen()));
        }
        for (OutcomeRecord.SroiEvidence sroi : evidence.sroi()) {
            lines.add(t.format(
                    "insight.evidence.sroi",
                    sroi.analysis(),
                    FORMATS.money(sroi.value()),
                    FORMATS.money(sroi.low()),
                    FORMATS.money(sroi.high())));
        }
        return lines;
    }

    private static void outputTable(StringBuilder b, Words t, String caption, Output now, Output before) {
        b.append("<table><caption>")
                .append(x(caption))
                .append("</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.current")))
                .append("</th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.previous")))
                .append("</th></tr></thead><tbody>");
        row(b, t.get("insight.occurrences"), now.occurrences(), before.occurrences());
        row(b, t.get("insight.participants"), now.participants(), before.participants());
        row(b, t.get("insight.helpRequests"), now.helpRequests(), before.helpRequests());
        b.append("<tr><th scope=\"row\">")
                .append(x(t.get("insight.volunteerHours")))
                .append("</th><td class=\"n\">")
                .append(x(FORMATS.number(now.volunteerHours(), 0)))
                .append("</td><td class=\"n\">")
                .append(x(FORMATS.number(before.volunteerHours(), 0)))
                .append("</td></tr></tbody></table>");
    }

    private static void row(StringBuilder b, String label, int now, int before) {
        b.append("<tr><th scope=\"row\">")
                .append(x(label))
                .append("</th><td class=\"n\">")
                .append(count(now))
                .append("</td><td class=\"n\">")
                .append(count(before))
                .append("</td></tr>");
    }

    private static void effortTable(StringBuilder b, Words t, String caption, List<Effort> efforts) {
        b.append("<table><caption>")
                .append(x(t.format("insight.efforts.caption", caption)))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(x(t.get("insight.effort")))
                .append("</th><th scope=\"col\">")
                .append(x(t.get("insight.targetGroups")))
                .append("</th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.current")))
                .append("</th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.previous")))
                .append("</th></tr></thead><tbody>");
        for (Effort effort : efforts) {
            b.append("<tr><th scope=\"row\">")
                    .append(x(effort.name()))
                    .append(
                            effort.help()
                                    ? " <span class=\"kind\">(" + x(t.get("insight.effort.help")) + ")</span>"
                                    : "")
                    .append("</th><td>")
                    .append(x(
                            effort.help()
                                    ? t.get("insight.targetGroups.perRequest")
                                    : effort.targetGroups().isEmpty() ? "–" : String.join(", ", effort.targetGroups())))
                    .append("</td><td class=\"n\">")
                    .append(x(output(effort, effort.current(), t)))
                    .append("</td><td class=\"n\">")
                    .append(x(output(effort, effort.previous(), t)))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    /** "12 keer, 180 deelnames" for an activity; "34 hulpvragen, 51 uur" for help. */
    static String output(Effort effort, Output output, Words t) {
        return effort.help()
                ? t.format("insight.output.help", output.helpRequests(), FORMATS.number(output.volunteerHours(), 0))
                : t.format("insight.output.activity", output.occurrences(), output.participants());
    }

    private static void spreadTable(StringBuilder b, Words t, String caption, List<GroupShare> shares) {
        b.append("<table><caption>")
                .append(x(t.format("insight.spread.caption", caption)))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(x(t.get("insight.targetGroup")))
                .append("</th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.participants.current")))
                .append("</th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.participants.previous")))
                .append("</th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.helpRequests.current")))
                .append("</th><th scope=\"col\" class=\"n\">")
                .append(x(t.get("insight.helpRequests.previous")))
                .append("</th></tr></thead><tbody>");
        for (GroupShare share : shares) {
            b.append("<tr><th scope=\"row\">")
                    .append(x(share.isUnrecorded() ? t.get("insight.targetGroup.none") : share.name()))
                    .append("</th><td class=\"n\">")
                    .append(count(share.participants()))
                    .append("</td><td class=\"n\">")
                    .append(count(share.previousParticipants()))
                    .append("</td><td class=\"n\">")
                    .append(count(share.helpRequests()))
                    .append("</td><td class=\"n\">")
                    .append(count(share.previousHelpRequests()))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    static String period(ReportPeriod period, Words t) {
        if (period.isHalfYear()) {
            return t.format(
                    "insight.halfYear",
                    period.half(),
                    String.valueOf(period.from().getYear()));
        }
        return t.format("insight.period", day(period.from()), day(period.to()));
    }

    private static String day(LocalDate date) {
        return FORMATS.day(date);
    }

    private static String count(int n) {
        return x(FORMATS.number(BigDecimal.valueOf(n), 0));
    }

    private static String x(String value) {
        return PdfDocuments.xml(value);
    }

    private static final String CSS = PdfDocuments.REPORT_STYLE + """
            .label { font-weight: bold; }
            .kind { font-weight: normal; color: #52606d; }
            ul { margin: 0 0 2mm 0; padding-left: 5mm; }
            li { margin-bottom: 1mm; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 3mm 0; page-break-inside: auto; }
            th:first-child { width: 34%; }
            caption { text-align: left; font-size: 8.5pt; color: #52606d; padding-bottom: 1mm; }
            th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid #d5dbe1; }
            thead th { border-bottom: 1pt solid #52606d; }
            tbody th { font-weight: normal; }
            .n { text-align: right; }
            tr { page-break-inside: avoid; }
            """;
}
