package nl.cmostamm.portal.web.method.toc;

import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.web.shared.PdfDocuments;

/**
 * The Theory of Change as a PDF for A4 landscape, for the board's meeting and the funder's file: the
 * diagram on the first page, as large as the page allows, then the list the diagram cannot hold:
 * per level each element with its description and evidence, and every link with its numbered
 * assumption, how sure the board is and what supports it. Laid out as XHTML and rendered by
 * openhtmltopdf (the diagram through its Batik SVG support), like the logbook's annual overview.
 */
public final class ChainReport {

    private ChainReport() {}

    /**
     * {@code versionLabel} says which chain this is (the current one, or a frozen version and its
     * date); {@code text} gives the bundle text of a key in the reader's language.
     */
    public static byte[] pdf(
            Chain chain, String initiativeName, String versionLabel, Locale locale, Function<String, String> text) {
        ChainTexts texts = new ChainTexts(locale, text);
        String svg = ChainDiagram.svg(chain, texts);
        double[] printed = size(svg);
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"/><title>%s</title>
                <style>
                  @page { size: A4 landscape; margin: 12mm;
                          @bottom-right { content: counter(page) " / " counter(pages); font-family: sans-serif; font-size: 8pt; color: #4a5560; } }
                  body { font-family: sans-serif; font-size: 10pt; color: #1f2933; margin: 0; }
                  h1 { font-size: 15pt; margin: 0 0 1pt 0; } .sub { color: #4a5560; margin: 0 0 2mm 0; }
                  h2 { font-size: 13pt; margin: 14pt 0 4pt 0; page-break-after: avoid; }
                  h2.first { page-break-before: always; margin-top: 0; }
                  svg.toc-chain-diagram { display: block; width: %smm; height: %smm; }
                  ul { margin: 0; padding-left: 12pt; } .note { font-style: italic; color: #4a5560; }
                  table { border-collapse: collapse; width: 100%%; table-layout: fixed; -fs-table-paginate: paginate; }
                  thead { display: table-header-group; } tr { page-break-inside: avoid; }
                  th, td { border-bottom: 1px solid #c4c9ce; padding: 3pt 4pt; text-align: left; vertical-align: top; }
                  tr.level th { background: #eef0f3; font-size: 10.5pt; padding-top: 5pt; page-break-after: avoid; }
                  td.title, td.nr { font-weight: bold; }
                  table.elements col.title { width: 27%%; } table.elements col.description { width: 38%%; }
                  table.links col.nr { width: 5%%; } table.links col.end { width: 19%%; } table.links col.assumption { width: 22%%; }
                  table.links col.confidence { width: 9%%; }
                </style></head><body>
                <h1>%s</h1><p class="sub">%s</p>
                %s
                <h2 class="first">%s</h2>
                %s
                <h2>%s</h2>
                %s
                </body></html>
                """.formatted(
                        locale.getLanguage(),
                        ChainTexts.xml(texts.get("toc.title") + " – " + initiativeName),
                        mm(printed[0]),
                        mm(printed[1]),
                        ChainTexts.xml(texts.get("toc.title") + " – " + initiativeName),
                        ChainTexts.xml(versionLabel),
                        svg,
                        ChainTexts.xml(texts.get("toc.report.elements")),
                        elements(chain, texts),
                        ChainTexts.xml(texts.get("toc.links")),
                        links(chain, texts));
        return PdfDocuments.render(
                html,
                builder ->
                        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE)));
    }

    /** The diagram's printed size in millimetres: the page's width, unless its height runs out first. */
    static double[] size(String svg) {
        double[] viewBox = ChainDiagram.viewBox(svg);
        double width = viewBox[0];
        double height = viewBox[1];
        double scale = Math.min(ChainDiagram.PRINT_WIDTH_MM / width, ChainDiagram.PRINT_HEIGHT_MM / height);
        return new double[] {width * scale, height * scale};
    }

    private static String mm(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** One table, a heading row per level: the landscape page's width holds title, description and evidence side by side. */
    private static String elements(Chain chain, ChainTexts texts) {
        StringBuilder html = new StringBuilder(
                "<table class=\"elements\"><col class=\"title\"/><col class=\"description\"/><col/><thead><tr>");
        for (String key : List.of("toc.col.title", "toc.col.description", "toc.link.evidence")) {
            html.append("<th>").append(ChainTexts.xml(texts.get(key))).append("</th>");
        }
        html.append("</tr></thead>\n");
        for (Level level : Level.values()) {
            html.append("<tbody><tr class=\"level\"><th colspan=\"3\">")
                    .append(ChainTexts.xml(texts.level(level)))
                    .append("</th></tr>\n");
            List<Chain.Element> elements = chain.at(level);
            if (elements.isEmpty()) {
                html.append("<tr><td colspan=\"3\" class=\"note\">")
                        .append(ChainTexts.xml(texts.get("toc.level.empty")))
                        .append("</td></tr>\n");
            }
            for (Chain.Element element : elements) {
                html.append("<tr><td class=\"title\">")
                        .append(ChainTexts.xml(element.title()))
                        .append("</td><td>")
                        .append(ChainTexts.xml(element.description()))
                        .append("</td><td>")
                        .append(evidence(element, texts))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n");
        }
        return html.append("</table>").toString();
    }

    private static String evidence(Chain.Element element, ChainTexts texts) {
        if (ChainTexts.stillAnAssumption(element)) {
            return "<span class=\"note\">" + ChainTexts.xml(texts.get("toc.noEvidence")) + "</span>";
        }
        StringBuilder items = new StringBuilder();
        for (Chain.IndicatorEvidence indicator : element.indicators()) {
            items.append("<li>")
                    .append(ChainTexts.xml(texts.indicator(indicator) + " – " + texts.light(indicator.light())))
                    .append("</li>");
        }
        // the page's list's words, which say what kind of stories count
        if (element.stories() > 0) {
            items.append("<li>")
                    .append(ChainTexts.xml(texts.get("toc.stories", element.stories())))
                    .append("</li>");
        }
        for (String survey : element.surveys()) {
            items.append("<li>")
                    .append(ChainTexts.xml(texts.get("toc.survey") + ": " + survey))
                    .append("</li>");
        }
        return items.isEmpty() ? "" : "<ul>" + items + "</ul>";
    }

    private static String links(Chain chain, ChainTexts texts) {
        Map<Chain.Link, String> numbered = ChainTexts.numberedLinks(chain);
        if (numbered.isEmpty()) {
            return "<p class=\"note\">" + ChainTexts.xml(texts.get("toc.links.none")) + "</p>";
        }
        Map<Long, Chain.Element> elements = ChainTexts.byId(chain);
        StringBuilder html =
                new StringBuilder("<table class=\"links\"><col class=\"nr\"/><col class=\"end\"/><col class=\"end\"/>"
                        + "<col class=\"assumption\"/><col class=\"confidence\"/><col/><thead><tr>");
        for (String key : List.of(
                "toc.link.number",
                "toc.link.from",
                "toc.link.to",
                "toc.link.assumption",
                "toc.link.confidence",
                "toc.link.evidence")) {
            html.append("<th>").append(ChainTexts.xml(texts.get(key))).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        numbered.forEach((link, number) -> html.append("<tr><td class=\"nr\">")
                .append(ChainTexts.xml(number))
                .append("</td><td>")
                .append(ChainTexts.xml(texts.element(elements.get(link.fromId()))))
                .append("</td><td>")
                .append(ChainTexts.xml(texts.element(elements.get(link.toId()))))
                .append("</td><td>")
                .append(ChainTexts.xml(link.assumption()))
                .append("</td><td>")
                .append(ChainTexts.xml(texts.confidence(link.confidence())))
                .append("</td><td>")
                .append(ChainTexts.xml(link.evidence()))
                .append("</td></tr>\n"));
        return html.append("</tbody></table>").toString();
    }
}
