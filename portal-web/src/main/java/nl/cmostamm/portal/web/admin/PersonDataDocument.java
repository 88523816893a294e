package nl.cmostamm.portal.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.cmostamm.portal.person.PersonDataset;
import nl.cmostamm.portal.person.PersonRecord;
import nl.cmostamm.portal.shared.DatePatterns;
import nl.cmostamm.portal.web.shared.PdfDocuments;
import nl.cmostamm.portal.web.shared.Words;

/**
 * A person's data as a readable document, the human form of an export: a tagged, accessible A4
 * PDF (PDF/UA, like the portal's other handed-out documents) in Dutch or English, with the records
 * grouped by initiative (those of no initiative first), each record's fields as a table of label and
 * value, and lists (help given, answers) as tables of their own.
 *
 * <p>The document goes to the person, so it may hold their data; its title, subject and file name
 * hold only the admin's reference, because those travel in mail subjects, file lists and archive
 * indexes where the contents do not. Every value is escaped: what a person typed can never become
 * markup.
 */
public final class PersonDataDocument {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DatePatterns.DATE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(DatePatterns.DATE_MINUTE);

    private PersonDataDocument() {}

    public static byte[] pdf(PersonDataset data, Locale locale) {
        return PdfDocuments.renderAccessible(html(data, locale));
    }

    static String html(PersonDataset data, Locale locale) {
        Words t = Words.in(locale);
        String title = t.format("person.doc.title", data.reference());
        StringBuilder b = PdfDocuments.begin(locale.getLanguage(), title, "CMO STAMM", CSS);
        b.append("<h1>").append(x(title)).append("</h1>");
        b.append("<p class=\"meta\">")
                .append(x(t.format(
                        "person.doc.made", moment(data.madeAt()), data.records().size())))
                .append("</p>");
        b.append("<p>").append(x(t.get("person.doc.intro"))).append("</p>");
        if (data.records().isEmpty()) {
            b.append("<p>").append(x(t.get("person.doc.none"))).append("</p>");
        }
        Map<String, List<PersonRecord>> groups = new LinkedHashMap<>();
        data.records().stream()
                .filter(r -> r.ref().initiativeId() == null)
                .forEach(r -> groups.computeIfAbsent(t.get("person.outside"), k -> new ArrayList<>())
                        .add(r));
        data.records().stream()
                .filter(r -> r.ref().initiativeId() != null)
                .forEach(r -> groups.computeIfAbsent(Objects.toString(r.initiativeName(), ""), k -> new ArrayList<>())
                        .add(r));
        for (Map.Entry<String, List<PersonRecord>> group : groups.entrySet()) {
            b.append("<h2>").append(x(group.getKey())).append("</h2>");
            for (PersonRecord record : group.getValue()) {
                record(b, t, record);
            }
        }
        b.append("</body></html>");
        return b.toString();
    }

    private static void record(StringBuilder b, Words t, PersonRecord record) {
        String kind = t.get("person.kind." + record.ref().kind());
        b.append("<h3>").append(x(kind)).append("</h3>");
        b.append("<table><caption>")
                .append(x(kind))
                .append("</caption><thead><tr><th scope=\"col\" class=\"label\">")
                .append(x(t.get("person.doc.field")))
                .append("</th><th scope=\"col\">")
                .append(x(t.get("person.doc.value")))
                .append("</th></tr></thead><tbody>");
        List<Map.Entry<String, List<?>>> lists = new ArrayList<>();
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            if (field.getValue() instanceof List<?> list) {
                lists.add(Map.entry(field.getKey(), list));
                continue;
            }
            b.append("<tr><th scope=\"row\" class=\"label\">")
                    .append(x(label(t, field.getKey())))
                    .append("</th><td>")
                    .append(value(t, field.getValue()))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
        for (Map.Entry<String, List<?>> list : lists) {
            list(b, t, label(t, list.getKey()), list.getValue());
        }
    }

    /** A list field: a table whose columns are the keys of its first row, or "none". */
    private static void list(StringBuilder b, Words t, String caption, List<?> rows) {
        if (rows.isEmpty()) {
            b.append("<p>")
                    .append(x(caption))
                    .append(": ")
                    .append(x(t.get("person.doc.noRows")))
                    .append("</p>");
            return;
        }
        List<String> columns = rows.get(0) instanceof Map<?, ?> first
                ? first.keySet().stream().map(String::valueOf).toList()
                : List.of();
        b.append("<table><caption>").append(x(caption)).append("</caption><thead><tr>");
        for (String column : columns) {
            b.append("<th scope=\"col\">").append(x(label(t, column))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Object row : rows) {
            b.append("<tr>");
            if (row instanceof Map<?, ?> cells) {
                for (String column : columns) {
                    b.append("<td>").append(value(t, cells.get(column))).append("</td>");
                }
            } else {
                b.append("<td>").append(value(t, row)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    private static String label(Words t, String field) {
        return t.get("person.field." + field);
    }

    /** A value as escaped markup: yes or no, a date or moment as the portal writes it, text with its line breaks. */
    static String value(Words t, Object value) {
        if (value == null) {
            return "<span class=\"meta\">" + x(t.get("person.doc.empty")) + "</span>";
        }
        if (value instanceof Boolean yes) {
            return x(t.get(yes ? "person.doc.yes" : "person.doc.no"));
        }
        if (value instanceof Number number) {
            // hours and amounts as the reader writes them (3,00 in Dutch)
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(t.locale());
            format.setMaximumFractionDigits(2);
            format.setMinimumFractionDigits(number instanceof java.math.BigDecimal d && d.scale() > 0 ? 2 : 0);
            return x(format.format(number));
        }
        String text = value.toString();
        if (text.matches("[A-Z][A-Z_]+") && t.bundle().containsKey("helpStatus." + text)) {
            // a help request's state in words, not its code
            return x(t.get("helpStatus." + text));
        }
        String shown = dateOrMoment(text);
        return x(shown).replace("\n", "<br/>");
    }

    private static String dateOrMoment(String text) {
        try {
            if (text.length() == 10 && text.charAt(4) == '-') {
                return LocalDate.parse(text).format(DAY);
            }
            if (text.length() >= 20 && text.charAt(10) == 'T' && text.endsWith("Z")) {
                return moment(Instant.parse(text));
            }
        } catch (DateTimeParseException e) {
            // text that only looks like a date stays as it is
        }
        return text;
    }

    private static String moment(Instant instant) {
        return MOMENT.format(instant.atZone(ZONE));
    }

    private static String x(String value) {
        return PdfDocuments.xml(value);
    }

    private static final String CSS = PdfDocuments.REPORT_STYLE + """
            table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 3mm 0; page-break-inside: auto; }
            caption { text-align: left; font-size: 8.5pt; color: #52606d; padding-bottom: 1mm; }
            th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid #d5dbe1; word-wrap: break-word; overflow-wrap: anywhere; }
            thead th { border-bottom: 1pt solid #52606d; }
            tbody th { font-weight: normal; color: #52606d; }
            .label { width: 32%; }
            tr { page-break-inside: avoid; }
            """;

    /** The language of a document for a chosen reader language code ("nl" or "en"). */
    static Locale locale(String language) {
        return "en".equals(language) ? Locale.forLanguageTag("en-GB") : Locale.forLanguageTag("nl-NL");
    }
}
