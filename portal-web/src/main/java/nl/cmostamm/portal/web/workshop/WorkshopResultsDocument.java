package nl.cmostamm.portal.web.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.DatePatterns;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.PdfDocuments;
import nl.cmostamm.portal.web.shared.Words;
import nl.cmostamm.portal.workshop.AnswerItem;
import nl.cmostamm.portal.workshop.ExerciseStep;
import nl.cmostamm.portal.workshop.ExerciseVersion;
import nl.cmostamm.portal.workshop.StepResults;
import nl.cmostamm.portal.workshop.StepResults.Count;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;

/**
 * A session's results afterwards, as a tagged, accessible A4 document (PDF/UA) that an advisor can
 * hand to the group: when it was and how many took part, then per exercise and step what was asked
 * and what came out, in the form that suits the step: counts per option, the spread and mean of a
 * scale, the ranking with mean places, the items with how often they were said, the texts, the
 * canvas as a table of its cells. What the presenter picked or grouped is marked in words.
 *
 * <p>The document may travel beyond the room, so it names no participant and leaves out what the
 * presenter hid. The exercises speak the session's language; the labels speak the reader's. Every
 * typed text is escaped.
 */
public final class WorkshopResultsDocument {

    private static final Formats FORMATS = new Formats();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(DatePatterns.DATE_MINUTE);

    private WorkshopResultsDocument() {}

    /** {@code results}: every step of the session in order, as {@link WorkshopService#allResults} gives them. */
    public static byte[] pdf(WorkshopSession session, List<StepResults> results, Locale locale) {
        return PdfDocuments.renderAccessible(html(session, results, locale));
    }

    static String html(WorkshopSession session, List<StepResults> results, Locale locale) {
        Words t = Words.in(locale);
        Language lang = session.getLanguage();
        String title = t.format("workshop.results.doc.title", session.getTitle());
        StringBuilder b = PdfDocuments.begin(locale.getLanguage(), title, null, CSS);
        b.append("<h1>").append(x(title)).append("</h1>");
        b.append("<p class=\"meta\">")
                .append(x(t.format("workshop.results.doc.when", moment(session.getStartsAt()))))
                .append(" · ")
                .append(x(t.format("workshop.results.doc.participants", participants(results))))
                .append("</p>");
        b.append("<p class=\"meta\">")
                .append(x(t.get("workshop.results.doc.privacy")))
                .append("</p>");
        if (session.getAnswersDeletedAt() != null) {
            // past the retention period the steps are there, their answers are not
            b.append("<p>")
                    .append(x(t.format(
                            "workshop.results.doc.deleted",
                            FORMATS.day(session.getAnswersDeletedAt()
                                    .atZone(WorkshopService.ZONE)
                                    .toLocalDate()))))
                    .append("</p>");
        }

        int next = 0;
        for (ExerciseVersion exercise : session.getExercises()) {
            b.append("<h2>").append(x(exercise.title(lang))).append("</h2>");
            for (int i = 0; i < exercise.getSteps().size(); i++) {
                step(b, t, lang, results.get(next++));
            }
        }
        b.append("</body></html>");
        return b.toString();
    }

    private static void step(StringBuilder b, Words t, Language lang, StepResults results) {
        ExerciseStep step = results.step();
        b.append("<h3>")
                .append(x(t.format("workshop.results.doc.step", results.number(), step.title(lang))))
                .append("</h3>");
        b.append("<p>").append(lines(step.instructions(lang))).append("</p>");
        b.append("<p class=\"meta\">")
                .append(x(t.format(
                        "workshop.presenter.answered", results.answers().size(), results.participants())))
                .append("</p>");
        if (results.answers().isEmpty()) {
            b.append("<p>").append(x(t.get("workshop.results.doc.none"))).append("</p>");
            return;
        }
        switch (step.getKind()) {
            case CHOICE, SCALE -> counts(b, t, lang, results);
            case RANKING -> ranking(b, t, lang, results);
            case ITEMS -> items(b, t, lang, results);
            case TEXT -> texts(b, t, results);
            case CANVAS -> canvas(b, t, lang, results);
        }
    }

    private static void counts(StringBuilder b, Words t, Language lang, StepResults results) {
        table(
                b,
                "short",
                results.step().title(lang),
                t.get("workshop.results.option"),
                t.get("workshop.results.answers"));
        for (Count count : results.counts()) {
            b.append("<tr><th scope=\"row\">")
                    .append(x(count.label()))
                    .append("</th><td class=\"n\">")
                    .append(count.count())
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (results.mean() != null) {
            b.append("<p>")
                    .append(x(t.get("workshop.results.mean")))
                    .append(": ")
                    .append(x(decimal(results.mean())))
                    .append("</p>");
        }
    }

    private static void ranking(StringBuilder b, Words t, Language lang, StepResults results) {
        table(
                b,
                "short",
                results.step().title(lang),
                t.get("workshop.results.option"),
                t.get("workshop.results.meanPlace"),
                t.get("workshop.results.firsts"));
        for (Count count : results.counts()) {
            b.append("<tr><th scope=\"row\">")
                    .append(x(count.label()))
                    .append("</th><td class=\"n\">")
                    .append(x(decimal(count.share())))
                    .append("</td><td class=\"n\">")
                    .append(count.count())
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    /**
     * Each item once, most said first: a group the presenter made under its label, with what it
     * brought together; marked when anyone's writing of it was picked.
     */
    private static void items(StringBuilder b, Words t, Language lang, StepResults results) {
        if (results.counts().isEmpty()) {
            return; // everything said was hidden
        }
        table(b, "long", results.step().title(lang), t.get("workshop.results.item"), t.get("workshop.results.said"));
        for (Count count : results.counts()) {
            List<AnswerItem> said = results.itemsSaid(count);
            b.append("<tr><th scope=\"row\">")
                    .append(x(count.label()))
                    .append(marks(t, said.stream().anyMatch(AnswerItem::isPicked), null, results.groupedWith(count)))
                    .append("</th><td class=\"n\">")
                    .append(count.count())
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void texts(StringBuilder b, Words t, StepResults results) {
        List<AnswerItem> visible = visible(results);
        if (visible.isEmpty()) {
            return;
        }
        b.append("<ul class=\"texts\">");
        for (AnswerItem text : visible) {
            b.append("<li>")
                    .append(lines(text.getText()))
                    .append(marks(t, text))
                    .append("</li>");
        }
        b.append("</ul>");
    }

    /** The columns across and the rows down, as on the presenter's screen; a canvas without rows is one row. */
    private static void canvas(StringBuilder b, Words t, Language lang, StepResults results) {
        ExerciseStep step = results.step();
        List<String> columns = step.options(lang);
        List<String> rows = step.rows(lang);
        b.append("<table class=\"canvas long\"><caption>")
                .append(x(step.title(lang)))
                .append("</caption><thead><tr>");
        if (!rows.isEmpty()) {
            b.append("<td></td>");
        }
        for (String column : columns) {
            b.append("<th scope=\"col\">").append(x(column)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (int row = 0; row < Math.max(rows.size(), 1); row++) {
            Integer y = rows.isEmpty() ? null : row;
            b.append("<tr>");
            if (y != null) {
                b.append("<th scope=\"row\">").append(x(rows.get(row))).append("</th>");
            }
            for (int column = 0; column < columns.size(); column++) {
                b.append("<td>");
                List<AnswerItem> notes = results.cell(column, y);
                if (!notes.isEmpty()) {
                    b.append("<ul class=\"notes\">");
                    for (AnswerItem note : notes) {
                        b.append("<li>")
                                .append(x(note.getText()))
                                .append(marks(t, note))
                                .append("</li>");
                    }
                    b.append("</ul>");
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    /**
     * Opens a table with a caption and column headers; the caller writes the rows and closes it. A
     * {@code short} table (a few options) stays on one page; a {@code long} one repeats its header on
     * the next.
     */
    private static void table(StringBuilder b, String length, String caption, String first, String... numbers) {
        b.append("<table class=\"")
                .append(length)
                .append("\"><caption>")
                .append(x(caption))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(x(first))
                .append("</th>");
        for (String number : numbers) {
            b.append("<th scope=\"col\" class=\"n\">").append(x(number)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
    }

    private static List<AnswerItem> visible(StepResults results) {
        List<AnswerItem> items = new ArrayList<>();
        results.answers()
                .forEach(a -> a.getItems().stream().filter(i -> !i.isHidden()).forEach(items::add));
        return items;
    }

    private static String marks(Words t, AnswerItem item) {
        return marks(t, item.isPicked(), item.getGroupLabel(), List.of());
    }

    /**
     * " (gekozen; groep: Overheid)" after a text or note, " (samen met: Wethouder, De gemeente)" after
     * an item that is a group: in words, so it reads aloud as it prints.
     */
    private static String marks(Words t, boolean picked, String group, List<String> together) {
        List<String> marks = new ArrayList<>();
        if (picked) {
            marks.add(t.get("workshop.results.picked"));
        }
        if (group != null && !group.isBlank()) {
            marks.add(t.format("workshop.results.group", group));
        }
        if (!together.isEmpty()) {
            marks.add(t.format("workshop.results.grouped", String.join(", ", together)));
        }
        return marks.isEmpty() ? "" : " <span class=\"mark\">(" + x(String.join("; ", marks)) + ")</span>";
    }

    /** Who joined, the same for every step (and none when the session has no steps at all). */
    static int participants(List<StepResults> results) {
        return results.isEmpty() ? 0 : results.get(0).participants();
    }

    /** 31-12-2026 19:30, in Dutch time as the session was planned. */
    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(WorkshopService.ZONE));
    }

    /** One decimal in Dutch notation (3,5), as the portal writes numbers in both languages. */
    static String decimal(double value) {
        return FORMATS.number(BigDecimal.valueOf(value), 1);
    }

    /** A typed text escaped, its line breaks kept. */
    private static String lines(String text) {
        return x(Objects.requireNonNullElse(text, "")).replace("\r\n", "\n").replace("\n", "<br/>");
    }

    private static String x(String value) {
        return PdfDocuments.xml(value);
    }

    private static final String CSS = PdfDocuments.REPORT_STYLE + """
            .mark { color: #52606d; font-style: italic; }
            ul { margin: 0 0 2mm 0; padding-left: 5mm; }
            li { margin-bottom: 1mm; }
            ul.notes { margin: 0; padding-left: 4mm; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 3mm 0; page-break-inside: auto; }
            caption { text-align: left; font-size: 8.5pt; color: #52606d; padding-bottom: 1mm; }
            th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid #d5dbe1; word-wrap: break-word; overflow-wrap: anywhere; }
            thead th { border-bottom: 1pt solid #52606d; }
            tbody th { font-weight: normal; }
            table.canvas td, table.canvas th { border: 0.5pt solid #d5dbe1; }
            .n { text-align: right; width: 22%; }
            tr { page-break-inside: avoid; }
            table.short { page-break-inside: avoid; }
            table.long { -fs-table-paginate: paginate; }
            table.canvas tr { page-break-inside: auto; }
            """;
}
