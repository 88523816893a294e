package nl.cmostamm.portal.web.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.cmostamm.portal.method.sroi.FinalRatio;
import nl.cmostamm.portal.report.factsheet.FactSheetContent;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.ChainStep;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Figure;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.GoalLine;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Lamp;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.PublishedStory;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.PdfDocuments;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.Words;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The fact sheet as one A4 page: XHTML laid out to be framed (a coloured band with the name and
 * logo, the mission, a row of large key figures, goals with their lights beside the stories, the
 * Theory of Change as a strip of seven levels, the SROI ratio with its range), rendered by
 * openhtmltopdf as a tagged, accessible PDF in the sheet's own language. The same XHTML, with a
 * link to the PDF, is the public link's web page, so what a visitor reads is what the PDF holds.
 *
 * <p>Users' texts are never cut: a long mission or story makes the type smaller, in a few fixed
 * steps, until the sheet fits one page ({@link #make}); when even the smallest step does not fit,
 * the result says so and the board is told before it downloads. Every typed text is escaped.
 */
public final class FactSheetDocument {

    /** The type sizes tried, largest first: each a factor on the base size of 10 pt. */
    static final double[] SCALES = {1.0, 0.9, 0.8, 0.72, 0.65, 0.58};

    private static final Formats FORMATS = new Formats();

    private FactSheetDocument() {}

    /**
     * The sheet as a PDF at the largest type that fits one page.
     *
     * @param pdf the PDF; at the smallest type when nothing fits
     * @param fits whether it is one page
     * @param pages its number of pages
     */
    public record Made(byte[] pdf, boolean fits, int pages) {}

    public static Made make(FactSheetContent content) {
        byte[] pdf = null;
        int pages = 0;
        for (double scale : SCALES) {
            pdf = PdfDocuments.renderAccessible(html(content, scale, null));
            pages = pages(pdf);
            if (pages == 1) {
                return new Made(pdf, true, 1);
            }
        }
        return new Made(pdf, false, pages);
    }

    /** The sheet as a web page (the public link's), with a link to its PDF at {@code pdfHref}. */
    public static String webPage(FactSheetContent content, String pdfHref) {
        return html(content, 1.0, pdfHref);
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML of the sheet at type {@code scale}; with a link to the PDF when {@code pdfHref} is given. */
    static String html(FactSheetContent c, double scale, String pdfHref) {
        Locale locale = c.language().locale();
        ResourceBundle bundle = Texts.bundle(locale);
        Words t = new Words(bundle, locale);
        StringBuilder body = new StringBuilder(8192);

        body.append("<div class=\"band\">");
        if (c.logo() != null) {
            body.append("<img class=\"logo\" src=\"data:")
                    .append(x(c.logo().contentType()))
                    .append(";base64,")
                    .append(Base64.getEncoder().encodeToString(c.logo().content()))
                    .append("\" alt=\"")
                    .append(x(t.format("factsheet.doc.logoAlt", c.name())))
                    .append("\"/>");
        }
        body.append("<p class=\"kicker\">")
                .append(x(t.format(
                        "factsheet.doc.kicker", String.valueOf(c.madeOn().getYear()))))
                .append("</p>");
        body.append("<h1>").append(x(c.name())).append("</h1>");
        body.append("<p class=\"place\">")
                .append(x(t.format("factsheet.doc.place", c.place())))
                .append("</p></div>");

        body.append("<div class=\"content\">");
        if (c.mission() != null && !c.mission().isBlank()) {
            body.append("<h2>").append(x(t.get("factsheet.doc.mission"))).append("</h2>");
            body.append("<p class=\"mission\">").append(x(c.mission().strip())).append("</p>");
        }

        List<Figure> figures = c.figures();
        body.append("<h2>")
                .append(x(t.format(
                        "factsheet.doc.figures", String.valueOf(c.madeOn().getYear()))))
                .append("</h2>");
        // floated paragraphs, not a list: openhtmltopdf tags only block list items as list items
        body.append("<div class=\"figures n").append(figures.size()).append("\">");
        for (Figure figure : figures) {
            body.append("<div class=\"figure\"><p class=\"value\">")
                    .append(x(value(figure, t)))
                    .append("</p><p class=\"label\">")
                    .append(x(t.get("factsheet.figure." + figure.key())))
                    .append("</p></div>");
        }
        body.append("</div>");

        boolean goals = !c.goals().isEmpty();
        boolean stories = !c.stories().isEmpty();
        if (goals || stories) {
            body.append("<div class=\"columns\">");
            if (goals) {
                body.append("<div class=\"")
                        .append(stories ? "column left" : "column")
                        .append("\">");
                body.append("<h2>").append(x(t.get("factsheet.doc.goals"))).append("</h2>");
                body.append("<ul class=\"goals\">");
                for (GoalLine goal : c.goals()) {
                    body.append("<li><p class=\"goal\">")
                            .append(x(goal.title()))
                            .append("</p>");
                    if (goal.lamps().isEmpty()) {
                        body.append("<p class=\"lamp\">")
                                .append(x(t.get("factsheet.doc.noIndicators")))
                                .append("</p>");
                    } else {
                        body.append("<ul class=\"lamps\">");
                        for (Lamp lamp : goal.lamps()) {
                            body.append("<li class=\"lamp\"><span class=\"dot ")
                                    .append(lamp.light().name().toLowerCase(Locale.ROOT))
                                    .append("\"></span>")
                                    .append(x(lamp.indicator()))
                                    .append(": <span class=\"light\">")
                                    .append(x(t.get("light." + lamp.light())))
                                    .append("</span></li>");
                        }
                        body.append("</ul>");
                    }
                    body.append("</li>");
                }
                body.append("</ul></div>");
            }
            if (stories) {
                body.append("<div class=\"")
                        .append(goals ? "column right" : "column")
                        .append("\">");
                body.append("<h2>").append(x(t.get("factsheet.doc.stories"))).append("</h2>");
                for (PublishedStory story : c.stories()) {
                    body.append("<blockquote><p class=\"story-title\">")
                            .append(x(story.title()))
                            .append("</p><p class=\"story\">")
                            .append(x(story.body().strip()))
                            .append("</p><p class=\"teller\">")
                            .append(x(teller(story, t)))
                            .append("</p></blockquote>");
                }
                body.append("</div>");
            }
            body.append("</div>");
        }

        if (!c.chain().isEmpty()) {
            body.append("<h2>").append(x(t.get("factsheet.doc.chain"))).append("</h2>");
            body.append("<div class=\"chain n").append(c.chain().size()).append("\">");
            for (ChainStep step : c.chain()) {
                body.append("<div class=\"step\"><p class=\"level\">")
                        .append(x(t.get("toc.level." + step.level())))
                        .append("</p><p class=\"titles\">")
                        .append(x(String.join(" · ", step.titles())))
                        .append("</p></div>");
            }
            body.append("</div>");
        }

        body.append("<div class=\"bottom\">");
        if (c.sroi() != null) {
            FinalRatio sroi = c.sroi();
            body.append("<div class=\"sroi\"><h2>")
                    .append(x(t.get("factsheet.doc.sroi")))
                    .append("</h2>");
            body.append("<p class=\"ratio\">").append(x(ratio(sroi.ratio()))).append("</p>");
            body.append("<p>")
                    .append(x(t.format("factsheet.doc.sroiMeaning", FORMATS.money(sroi.ratio()))))
                    .append("</p>");
            body.append("<p class=\"range\">")
                    .append(x(t.format(
                            "factsheet.doc.sroiRange",
                            ratio(sroi.lowest()),
                            ratio(sroi.highest()),
                            sroi.title(),
                            sroi.finalisedOn() == null ? "" : sroi.finalisedOn().format(Input.DUTCH_DATE))))
                    .append("</p></div>");
        }

        body.append("<div class=\"foot\">");
        if (c.contact() != null) {
            body.append("<p class=\"contact\">").append(x(c.contact())).append("</p>");
        }
        body.append("<p class=\"made\">")
                .append(x(t.format("factsheet.doc.made", c.madeOn().format(Input.DUTCH_DATE))))
                .append("</p>");
        if (pdfHref != null) {
            body.append("<p class=\"download\"><a href=\"")
                    .append(x(pdfHref))
                    .append("\">")
                    .append(x(t.get("factsheet.doc.downloadPdf")))
                    .append("</a></p>");
        }
        body.append("</div></div></div>");

        String title = t.format("factsheet.doc.title", c.name());
        return "<!DOCTYPE html>\n<html lang=\"" + c.language().code() + "\" xml:lang=\""
                + c.language().code()
                + "\"><head><meta charset=\"UTF-8\"/>"
                + (pdfHref != null
                        ? "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                                + "<meta name=\"robots\" content=\"noindex, nofollow\"/>"
                        : "")
                + "<title>" + x(title) + "</title>"
                + "<meta name=\"subject\" content=\"" + x(title) + "\"/>"
                + "<meta name=\"author\" content=\"" + x(c.name()) + "\"/>"
                + "<style>" + css(scale) + "</style></head><body>" + body + "</body></html>";
    }

    private static String value(Figure figure, Words t) {
        if (figure.value() == null) {
            return t.get("factsheet.doc.noValue");
        }
        return switch (figure.key().kind()) {
            case COUNT -> FORMATS.number(figure.value(), 0);
            case HOURS -> FORMATS.number(figure.value().setScale(0, RoundingMode.HALF_UP), 0);
            case RATIO -> ratio(figure.value());
        };
    }

    /** A ratio as "1 : 4,20": what one euro invested yields. */
    static String ratio(BigDecimal ratio) {
        return ratio == null ? "–" : "1\u00a0:\u00a0" + FORMATS.number(ratio, 2);
    }

    private static String teller(PublishedStory story, Words t) {
        String role = t.get("tellerRole." + story.tellerRole());
        String date = story.toldOn() == null
                ? ""
                : story.toldOn().format(DateTimeFormatter.ofPattern("MMMM uuuu", t.locale()));
        return story.pseudonym() == null || story.pseudonym().isBlank()
                ? t.format("factsheet.doc.teller", role, date)
                : t.format("factsheet.doc.tellerNamed", story.pseudonym(), role, date);
    }

    private static String x(String value) {
        return PdfDocuments.xml(value);
    }

    /** The style at type {@code scale}; colours as the portal's, contrast at least 4.5:1 on white. */
    private static String css(double scale) {
        return """
                @page { size: A4; margin: 0; }
                body { font-family: 'DejaVu Sans', sans-serif; font-size: %1$spt; line-height: 1.38; color: #1f2933; margin: 0; }
                .band { background: #1d4f91; color: #ffffff; padding: %10$smm 15mm %11$smm 15mm; }
                .band .logo { float: right; max-height: 24mm; max-width: 48mm; margin-left: 6mm; background: #ffffff; padding: 2mm; }
                .kicker { font-size: %2$spt; text-transform: uppercase; letter-spacing: 0.12em; margin: 0 0 1mm 0; color: #dbe6f5; }
                h1 { font-size: %3$spt; line-height: 1.15; margin: 0; }
                .place { font-size: %4$spt; margin: 1mm 0 0 0; color: #eef3fa; }
                .content { padding: 3mm 15mm 6mm 15mm; }
                h2 { font-size: %4$spt; color: #1d4f91; margin: %5$smm 0 1.5mm 0; padding-bottom: 0.6mm; border-bottom: 0.6pt solid #c4d3e8; }
                .mission { white-space: pre-line; margin: 0; font-size: %6$spt; }
                ul { margin: 0; padding: 0; list-style: none; }
                .figures, .chain, .columns, .bottom { overflow: hidden; }
                .figure { float: left; box-sizing: border-box; padding: 1.5mm 2mm 1mm 0; }
                .figures.n3 .figure { width: 33.3%%; } .figures.n4 .figure { width: 25%%; } .figures.n5 .figure { width: 20%%; } .figures.n6 .figure { width: 16.6%%; }
                .figure p { margin: 0; }
                .figure .value { font-size: %7$spt; font-weight: bold; color: #1d4f91; line-height: 1.1; }
                .figure .label { font-size: %2$spt; color: #3d4852; line-height: 1.25; }
                .columns { margin-top: 0.5mm; }
                .column.left { float: left; width: 48%%; }
                .column.right { float: right; width: 48%%; }
                ul.goals > li { margin: 0 0 1.5mm 0; }
                .goal { font-weight: bold; margin: 0; }
                .lamp { font-size: %2$spt; margin: 0.3mm 0 0 0; }
                .dot { display: inline-block; width: %8$spt; height: %8$spt; border-radius: 50%%; margin-right: 1.5mm; border: 0.5pt solid #3d4852; }
                .dot.green { background: #2e7d32; } .dot.orange { background: #e08a00; } .dot.red { background: #c62828; } .dot.grey { background: #9aa5b1; }
                .light { font-weight: bold; }
                blockquote { margin: 0 0 2mm 0; padding: 0 0 0 3mm; border-left: 1.5pt solid #1d4f91; }
                .story-title { font-weight: bold; margin: 0; }
                .story { white-space: pre-line; font-style: italic; margin: 0.4mm 0 0 0; font-size: %6$spt; }
                .teller { font-size: %2$spt; color: #3d4852; margin: 0.4mm 0 0 0; }
                .step { float: left; box-sizing: border-box; padding: 1.2mm 1.2mm; border-top: 2.5pt solid #1d4f91; background: #eef3fa; margin-right: 0.3%%; }
                .chain.n7 .step { width: 13.9%%; } .chain.n6 .step { width: 16.3%%; } .chain.n5 .step { width: 19.6%%; } .chain.n4 .step { width: 24.6%%; } .chain.n3 .step { width: 33%%; } .chain.n2 .step { width: 49.6%%; } .chain.n1 .step { width: 99%%; }
                .level { font-size: %9$spt; font-weight: bold; letter-spacing: 0.04em; color: #1d4f91; margin: 0 0 0.6mm 0; }
                .titles { font-size: %9$spt; margin: 0; }
                .sroi { float: left; width: 58%%; }
                .ratio { font-size: %7$spt; font-weight: bold; color: #1d4f91; margin: 0; line-height: 1.1; }
                .sroi p { margin: 0.4mm 0 0 0; }
                .range { font-size: %2$spt; color: #3d4852; }
                .foot { float: right; width: 38%%; margin-top: %5$smm; padding-top: 1.5mm; border-top: 0.6pt solid #c4d3e8; font-size: %2$spt; color: #3d4852; }
                .foot p { margin: 0 0 0.5mm 0; }
                .contact { font-weight: bold; color: #1f2933; }
                @media screen {
                  html { background: #e4e7eb; }
                  body { max-width: 210mm; margin: 6mm auto; background: #ffffff; box-shadow: 0 1mm 4mm rgba(0,0,0,0.25); }
                  .download a { color: #1d4f91; font-weight: bold; }
                }
                """.formatted(
                        pt(10 * scale), // 1 body
                        pt(8 * scale), // 2 small
                        pt(24 * scale), // 3 name
                        pt(12 * scale), // 4 headings, place
                        pt(4 * scale), // 5 space above headings (mm)
                        pt(9.5 * scale), // 6 long texts
                        pt(22 * scale), // 7 figures
                        pt(7 * scale), // 8 light dot
                        pt(7 * scale), // 9 chain
                        pt(11 * scale), // 10 band top (mm)
                        pt(6 * scale)); // 11 band bottom (mm)
    }

    private static String pt(double value) {
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
