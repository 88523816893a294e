package nl.cmostamm.portal.web.logbook;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import nl.cmostamm.portal.logbook.AnnualOverview;
import nl.cmostamm.portal.logbook.Referral;
import nl.cmostamm.portal.web.shared.PdfDocuments;

/**
 * The logbook's annual overview as a PDF for the municipality and funders: the same figures as the
 * page, laid out as XHTML and rendered by openhtmltopdf. Every text from the database is escaped.
 */
final class AnnualReport {

    private AnnualReport() {}

    /** {@code text} gives the bundle text of a key in the reader's language. */
    static byte[] pdf(AnnualOverview overview, String initiative, Locale locale, Function<String, String> text) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        StringBuilder rows = new StringBuilder();
        for (AnnualOverview.CategoryLine line : overview.categories()) {
            rows.append("<tr><td>")
                    .append(escape(line.category()))
                    .append("</td><td class='n'>")
                    .append(line.requests())
                    .append("</td><td class='n'>")
                    .append(numbers.format(line.hours()))
                    .append("</td></tr>");
        }
        StringBuilder referrals = new StringBuilder();
        for (Referral referral : Referral.values()) {
            referrals
                    .append("<tr><td>")
                    .append(escape(text.apply("referral." + referral)))
                    .append("</td><td class='n'>")
                    .append(overview.referrals().getOrDefault(referral, 0))
                    .append("</td></tr>");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"/><title>%s</title>
                <style>
                  body { font-family: sans-serif; font-size: 11pt; color: #1f2933; }
                  h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 13pt; margin-top: 16pt; }
                  table { border-collapse: collapse; width: 100%%; } th, td { border-bottom: 1px solid #c4c9ce; padding: 4pt; text-align: left; }
                  td.n, th.n { text-align: right; } .sub { color: #4a5560; }
                </style></head><body>
                <h1>%s %d</h1><p class="sub">%s</p>
                <h2>%s</h2>
                <table><thead><tr><th>%s</th><th class="n">%s</th><th class="n">%s</th></tr></thead><tbody>%s
                <tr><th>%s</th><th class="n">%d</th><th class="n">%s</th></tr></tbody></table>
                <h2>%s</h2>
                <table><tbody><tr><td>%s</td><td class="n">%d</td></tr><tr><td>%s</td><td class="n">%d</td></tr></tbody></table>
                <h2>%s</h2>
                <table><tbody>%s</tbody></table>
                </body></html>
                """.formatted(
                        locale.getLanguage(),
                        escape(text.apply("annual.title")),
                        escape(text.apply("annual.title")),
                        overview.year(),
                        escape(initiative),
                        escape(text.apply("annual.perCategory")),
                        escape(text.apply("annual.category")),
                        escape(text.apply("annual.requests")),
                        escape(text.apply("annual.hours")),
                        rows,
                        escape(text.apply("annual.total")),
                        overview.requests(),
                        numbers.format(overview.hours()),
                        escape(text.apply("annual.people")),
                        escape(text.apply("annual.activeVolunteers")),
                        overview.activeVolunteers(),
                        escape(text.apply("annual.competing")),
                        overview.possiblyCompeting(),
                        escape(text.apply("annual.referrals")),
                        referrals);
        return PdfDocuments.render(html);
    }

    static String escape(String value) {
        return value == null
                ? ""
                : value.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
