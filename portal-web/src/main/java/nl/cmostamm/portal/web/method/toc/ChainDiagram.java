package nl.cmostamm.portal.web.method.toc;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * The Theory of Change as a diagram: the seven levels as columns, each element a box with what
 * supports it (its indicators' latest values against their targets with the traffic light, the
 * stories and surveys linked to it), the links as arrows whose line says how sure the board is, and a
 * numbered badge where a link rests on an assumption. A measurable element with nothing to support it
 * is drawn dashed and says so: that is where the chain is still an assumption.
 *
 * <p>{@link ChainLayout} places the boxes (with the Eclipse Layout Kernel); this class draws them as
 * one standalone SVG, which the page shows inline, the PDF embeds and {@link #png} rasterises. Every
 * text from the chain is escaped. The light is never told by colour alone: each light has its own
 * shape, and the legend names them.
 */
public final class ChainDiagram {

    /**
     * The page the diagram is made for: A4 landscape inside 12 mm margins, under a title. Its sizes
     * are chosen so that a chain of about thirty elements, scaled to this width, prints its smallest
     * text at 7 pt or more (ChainDiagramTest holds it to that).
     */
    static final double PRINT_WIDTH_MM = 297 - 2 * 12;

    static final double PRINT_HEIGHT_MM = 170;

    private static final String FONTS = "'Liberation Sans', Arial, Helvetica, sans-serif";
    private static final String INK = "#1f2933";
    private static final String MUTED = "#374151";
    private static final String FAINT = "#8a94a0";
    private static final double LEGEND_ROW = 19;
    private static final double LEGEND_GAP = 16;
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

    /** Fill and border of each level's boxes: light fills, so the dark text keeps a contrast of 12:1 or more. */
    private static final Map<Level, String[]> COLOURS = new EnumMap<>(Map.of(
            Level.PROBLEM, new String[] {"#fde8e8", "#b42318"},
            Level.GOAL, new String[] {"#f1e8fb", "#6b3fa0"},
            Level.INPUT, new String[] {"#e6eef7", "#3f5f86"},
            Level.ACTIVITY, new String[] {"#fdf1d6", "#8a5a00"},
            Level.OUTPUT, new String[] {"#e3f4e6", "#2f7a3e"},
            Level.OUTCOME, new String[] {"#ddf2f2", "#1d6f6f"},
            Level.IMPACT, new String[] {"#e3ebfc", "#2c55a8"}));

    private static final Map<Light, String> LIGHTS = new EnumMap<>(Map.of(
            Light.GREEN, "#1a7f37",
            Light.ORANGE, "#d35f00",
            Light.RED, "#c81e1e",
            Light.GREY, "#6b7280"));

    private ChainDiagram() {}

    /**
     * The diagram as a standalone SVG document (no XML declaration, so it can be put inline in a
     * page as it is). {@code text} gives the bundle text of a key in the reader's language; numbers
     * are written for {@code locale}.
     */
    public static String svg(Chain chain, Locale locale, Function<String, String> text) {
        return svg(chain, new ChainTexts(locale, text), ChainDiagram::toTheList);
    }

    /**
     * As {@link #svg(Chain, Locale, Function)}, with each box a link to {@code link} of its element's
     * id: on the Theory of Change page, the element's editor, so the diagram is a way to edit too.
     */
    public static String svg(Chain chain, Locale locale, Function<String, String> text, LongFunction<String> link) {
        return svg(chain, new ChainTexts(locale, text), link);
    }

    /** In a standalone drawing, a box points at the element's entry in the list beside it. */
    private static String toTheList(long id) {
        return "#element-" + id;
    }

    static String svg(Chain chain, ChainTexts texts) {
        return svg(chain, texts, ChainDiagram::toTheList);
    }

    private static String svg(Chain chain, ChainTexts texts, LongFunction<String> link) {
        ChainLayout.Result layout = ChainLayout.of(chain, texts);
        List<LegendItem> legend = legend(texts);
        double width = Math.max(layout.width(), 400);
        List<double[]> legendPlaces = placeLegend(legend, width);
        double legendHeight = legendPlaces.stream().mapToDouble(p -> p[1]).max().orElse(0) + LEGEND_ROW + 6;
        double height = layout.height() + 10 + legendHeight;

        StringBuilder svg = new StringBuilder(64 * 1024);
        // a group, not an img: its boxes are links, and an img hides what it holds from screen readers
        // (axe reports links inside one as nested-interactive); its title and desc name and sum it up
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"toc-chain-diagram\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" width=\"100%\" role=\"group\" aria-labelledby=\"toc-diagram-title\"")
                .append(" aria-describedby=\"toc-diagram-desc\" font-family=\"")
                .append(FONTS)
                .append("\">\n");
        svg.append("<title id=\"toc-diagram-title\">")
                .append(ChainTexts.xml(texts.get("toc.title")))
                .append("</title>\n<desc id=\"toc-diagram-desc\">")
                .append(ChainTexts.xml(summary(chain, texts)))
                .append("</desc>\n");
        svg.append("<defs>")
                .append(arrow("toc-arrow", INK))
                .append(arrow("toc-arrow-faint", FAINT))
                .append("</defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        columns(svg, layout, texts);
        svg.append("<g class=\"toc-links\" fill=\"none\">\n");
        for (ChainLayout.Route route : layout.routes()) {
            link(svg, route, texts);
        }
        svg.append("</g>\n<g class=\"toc-nodes\">\n");
        for (ChainLayout.Node node : layout.nodes()) {
            node(svg, node, link);
        }
        svg.append("</g>\n<g class=\"toc-badges\">\n");
        for (ChainLayout.Route route : layout.routes()) {
            if (route.badge() != null) {
                badge(svg, route.number(), route.badge().x(), route.badge().y(), route.badgeWidth());
            }
        }
        svg.append("</g>\n<g class=\"toc-legend\" transform=\"translate(8 ")
                .append(n(layout.height() + 10))
                .append(")\">\n");
        for (int i = 0; i < legend.size(); i++) {
            legend.get(i).draw(svg, legendPlaces.get(i)[0], legendPlaces.get(i)[1]);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** "30 onderdelen, 34 verbanden. 10 van de 13 meetbare onderdelen (…) hebben bewijs uit uw gegevens." */
    static String summary(Chain chain, ChainTexts texts) {
        List<Chain.Element> measurable =
                chain.elements().stream().filter(e -> e.level().measurable()).toList();
        long evidenced = measurable.stream().filter(Chain.Element::evidenced).count();
        String evidence = measurable.isEmpty()
                ? texts.get("toc.diagram.noMeasurable")
                : texts.get("toc.evidenceSummary", evidenced, measurable.size());
        return texts.get(
                "toc.diagram.summary", chain.elements().size(), chain.links().size(), evidence);
    }

    /**
     * The SVG as a PNG {@code widthPx} wide (the height follows the diagram). Headless: no display
     * is needed, but the machine needs one of the fonts the diagram names (or any sans-serif).
     */
    public static byte[] png(String svg, int widthPx) {
        if (System.getProperty("java.awt.headless") == null) {
            // a server has no display; Payara already says so, a plain JVM (a test) may not
            System.setProperty("java.awt.headless", "true");
        }
        double[] size = viewBox(svg);
        double height = widthPx * size[1] / size[0];
        PNGTranscoder transcoder = new PNGTranscoder();
        // both sides, as the SVG's own width is "100%" of a page it does not have here
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) widthPx);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) Math.ceil(height));
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        // the diagram is self-contained: nothing to fetch, and nothing from a title can make it fetch
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, false);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
            return out.toByteArray();
        } catch (TranscoderException | java.io.IOException e) {
            throw new IllegalStateException("The diagram could not be drawn as PNG", e);
        }
    }

    /** The width and height of a diagram's view box. */
    static double[] viewBox(String svg) {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        if (!viewBox.find()) {
            throw new IllegalArgumentException("Not a diagram: the SVG has no viewBox");
        }
        return new double[] {Double.parseDouble(viewBox.group(1)), Double.parseDouble(viewBox.group(2))};
    }

    private static String arrow(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\""
                + " markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\""
                + " fill=\"" + colour + "\"/></marker>";
    }

    private static void columns(StringBuilder svg, ChainLayout.Result layout, ChainTexts texts) {
        svg.append("<g class=\"toc-columns\">\n");
        for (ChainLayout.Column column : layout.columns()) {
            svg.append("<rect class=\"toc-column\" data-level=\"")
                    .append(column.level())
                    .append("\" x=\"")
                    .append(n(column.x() + 2))
                    .append("\" y=\"0\" width=\"")
                    .append(n(column.width() - 4))
                    .append("\" height=\"")
                    .append(n(layout.height()))
                    .append("\" rx=\"6\" fill=\"")
                    .append(column.level().ordinal() % 2 == 0 ? "#f1f3f5" : "#f8f9fa")
                    .append("\"/>\n");
            svg.append("<text class=\"toc-header\" x=\"")
                    .append(n(column.x() + column.width() / 2))
                    .append("\" y=\"")
                    .append(n(ChainLayout.HEADER_HEIGHT - 9))
                    .append("\" text-anchor=\"middle\" font-size=\"")
                    .append(n(ChainLayout.HEADER_SIZE))
                    .append("\" font-weight=\"bold\" fill=\"")
                    .append(INK)
                    .append("\">")
                    .append(ChainTexts.xml(texts.level(column.level())))
                    .append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void link(StringBuilder svg, ChainLayout.Route route, ChainTexts texts) {
        Confidence confidence = route.link().confidence();
        svg.append("<path class=\"toc-link\" data-link=\"")
                .append(route.link().id())
                .append("\" data-confidence=\"")
                .append(confidence == null ? "NONE" : confidence)
                .append("\" d=\"")
                .append(path(route.points()))
                .append("\" ")
                .append(stroke(confidence))
                .append("><title>")
                .append(ChainTexts.xml(texts.get("toc.legend.confidence") + " " + texts.confidence(confidence)))
                .append("</title></path>\n");
    }

    /** The line of a link: solid when sure, dashed when fairly sure, dotted when unsure, thin grey when not said. */
    private static String stroke(Confidence confidence) {
        if (confidence == null) {
            return "stroke=\"" + FAINT + "\" stroke-width=\"1.2\" marker-end=\"url(#toc-arrow-faint)\"";
        }
        String dash = switch (confidence) {
            case HIGH -> "";
            case MEDIUM -> " stroke-dasharray=\"7 4\"";
            case LOW -> " stroke-dasharray=\"1.5 3.5\" stroke-linecap=\"round\"";
        };
        return "stroke=\"" + INK + "\" stroke-width=\"" + (confidence == Confidence.HIGH ? "2" : "1.8") + "\"" + dash
                + " marker-end=\"url(#toc-arrow)\"";
    }

    /** An orthogonal route with its corners slightly rounded, which makes crossing lines easier to follow. */
    private static String path(List<ChainLayout.Point> points) {
        StringBuilder d = new StringBuilder();
        d.append('M')
                .append(n(points.get(0).x()))
                .append(',')
                .append(n(points.get(0).y()));
        for (int i = 1; i < points.size() - 1; i++) {
            ChainLayout.Point before = points.get(i - 1);
            ChainLayout.Point corner = points.get(i);
            ChainLayout.Point after = points.get(i + 1);
            double r = Math.min(5, Math.min(distance(before, corner), distance(corner, after)) / 2);
            ChainLayout.Point in = towards(corner, before, r);
            ChainLayout.Point out = towards(corner, after, r);
            d.append(" L").append(n(in.x())).append(',').append(n(in.y()));
            d.append(" Q").append(n(corner.x())).append(',').append(n(corner.y()));
            d.append(' ').append(n(out.x())).append(',').append(n(out.y()));
        }
        ChainLayout.Point last = points.get(points.size() - 1);
        d.append(" L").append(n(last.x())).append(',').append(n(last.y()));
        return d.toString();
    }

    private static double distance(ChainLayout.Point a, ChainLayout.Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static ChainLayout.Point towards(ChainLayout.Point from, ChainLayout.Point to, double r) {
        double length = distance(from, to);
        return length == 0
                ? from
                : new ChainLayout.Point(
                        from.x() + (to.x() - from.x()) * r / length, from.y() + (to.y() - from.y()) * r / length);
    }

    private static void node(StringBuilder svg, ChainLayout.Node node, LongFunction<String> link) {
        ChainLayout.Box box = node.box();
        String[] colours = COLOURS.get(box.level());
        if (box.element() == null) {
            svg.append("<g class=\"toc-placeholder\" data-level=\"")
                    .append(box.level())
                    .append("\">");
            rect(svg, node, "#ffffff", FAINT, true);
            ChainLayout.Line line = box.lines().get(0);
            svg.append("<text x=\"")
                    .append(n(node.x() + box.width() / 2))
                    .append("\" y=\"")
                    .append(n(node.y() + ChainLayout.PADDING + baseline(line)))
                    .append("\" text-anchor=\"middle\" font-size=\"")
                    .append(n(line.size()))
                    .append("\" font-style=\"italic\" fill=\"")
                    .append(MUTED)
                    .append("\">")
                    .append(ChainTexts.xml(line.text()))
                    .append("</text></g>\n");
            return;
        }
        long id = box.element().id();
        svg.append("<a href=\"")
                .append(ChainTexts.xml(link.apply(id)))
                .append("\" data-element=\"")
                .append(id)
                .append("\"><g id=\"toc-node-")
                .append(id)
                .append("\" class=\"toc-node")
                .append(box.assumptionOnly() ? " toc-assumption" : "")
                .append("\" data-level=\"")
                .append(box.level())
                .append("\">");
        String description = box.element().description();
        if (description != null && !description.isBlank()) {
            svg.append("<title>").append(ChainTexts.xml(description)).append("</title>");
        }
        rect(svg, node, box.assumptionOnly() ? "#ffffff" : colours[0], colours[1], box.assumptionOnly());
        double x = node.x() + ChainLayout.PADDING;
        double y = node.y() + ChainLayout.PADDING;
        boolean details = false;
        for (ChainLayout.Line line : box.lines()) {
            if (line.kind() != ChainLayout.Kind.TITLE && !details) {
                details = true;
                y += ChainLayout.GAP_AFTER_TITLE;
            }
            if (line.light() != null) {
                icon(svg, line.light(), x + 4.5, y + line.height() / 2);
            }
            svg.append("<text x=\"")
                    .append(n(x + line.indent()))
                    .append("\" y=\"")
                    .append(n(y + baseline(line)))
                    .append("\" font-size=\"")
                    .append(n(line.size()))
                    .append('"')
                    .append(line.kind() == ChainLayout.Kind.ASSUMPTION ? " font-style=\"italic\"" : "")
                    .append(" fill=\"")
                    .append(line.kind() == ChainLayout.Kind.TITLE ? INK : MUTED)
                    .append("\">")
                    .append(ChainTexts.xml(line.text()))
                    .append("</text>");
            y += line.height();
        }
        svg.append("</g></a>\n");
    }

    private static double baseline(ChainLayout.Line line) {
        return line.height() * 0.78;
    }

    private static void rect(StringBuilder svg, ChainLayout.Node node, String fill, String border, boolean dashed) {
        svg.append("<rect x=\"")
                .append(n(node.x()))
                .append("\" y=\"")
                .append(n(node.y()))
                .append("\" width=\"")
                .append(n(node.box().width()))
                .append("\" height=\"")
                .append(n(node.box().height()))
                .append("\" rx=\"6\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(border)
                .append("\" stroke-width=\"1.5\"")
                .append(dashed ? " stroke-dasharray=\"5 3\"" : "")
                .append("/>");
    }

    /** The light's colour and its own shape: circle green, triangle orange, square red, ring grey. */
    private static void icon(StringBuilder svg, Light light, double cx, double cy) {
        String colour = LIGHTS.get(light);
        svg.append(
                switch (light) {
                    case GREEN ->
                        "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"4.2\" fill=\"" + colour + "\"/>";
                    case ORANGE ->
                        "<path d=\"M" + n(cx) + "," + n(cy - 4.8) + " L" + n(cx + 4.8) + "," + n(cy + 3.6) + " L"
                                + n(cx - 4.8) + "," + n(cy + 3.6) + " z\" fill=\"" + colour + "\"/>";
                    case RED ->
                        "<rect x=\"" + n(cx - 3.8) + "\" y=\"" + n(cy - 3.8) + "\" width=\"7.6\" height=\"7.6\" fill=\""
                                + colour + "\"/>";
                    case GREY ->
                        "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"3.6\" fill=\"#ffffff\"" + " stroke=\""
                                + colour + "\" stroke-width=\"1.4\"/>";
                });
    }

    private static void badge(StringBuilder svg, String number, double x, double y, double width) {
        svg.append("<g class=\"toc-badge\"><rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(ChainLayout.BADGE_HEIGHT))
                .append("\" rx=\"4\" fill=\"#ffffff\" stroke=\"")
                .append(INK)
                .append("\" stroke-width=\"1\"/><text x=\"")
                .append(n(x + width / 2))
                .append("\" y=\"")
                .append(n(y + ChainLayout.BADGE_HEIGHT - 3.5))
                .append("\" text-anchor=\"middle\" font-size=\"")
                .append(n(ChainLayout.BADGE_SIZE))
                .append("\" font-weight=\"bold\" fill=\"")
                .append(INK)
                .append("\">")
                .append(ChainTexts.xml(number))
                .append("</text></g>\n");
    }

    /** One entry of the legend: a sample and its words, drawn from its top-left corner. */
    private record LegendItem(double width, boolean startsGroup, Drawer drawer) {
        void draw(StringBuilder svg, double x, double y) {
            drawer.draw(svg, x, y);
        }
    }

    @FunctionalInterface
    private interface Drawer {
        void draw(StringBuilder svg, double x, double y);
    }

    private static List<LegendItem> legend(ChainTexts texts) {
        List<LegendItem> items = new ArrayList<>();
        items.add(heading(texts.get("toc.legend.confidence")));
        for (Confidence confidence : new Confidence[] {Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW, null}) {
            String words = texts.confidence(confidence);
            items.add(new LegendItem(30 + 5 + words(words), false, (svg, x, y) -> {
                double mid = y + LEGEND_ROW / 2;
                svg.append("<path d=\"M")
                        .append(n(x))
                        .append(',')
                        .append(n(mid))
                        .append(" L")
                        .append(n(x + 28))
                        .append(',')
                        .append(n(mid))
                        .append("\" fill=\"none\" ")
                        .append(stroke(confidence))
                        .append("/>");
                legendText(svg, words, x + 35, y, false);
            }));
        }
        items.add(heading(texts.get("toc.legend.lights")));
        for (Light light : Light.values()) {
            String words = texts.light(light);
            items.add(new LegendItem(12 + 4 + words(words), false, (svg, x, y) -> {
                icon(svg, light, x + 5, y + LEGEND_ROW / 2);
                legendText(svg, words, x + 16, y, false);
            }));
        }
        String number = ChainTexts.ASSUMPTION + 1;
        double badgeWidth = ChainLayout.badgeWidth(number);
        String assumption = texts.get("toc.legend.assumption");
        items.add(new LegendItem(badgeWidth + 5 + words(assumption), true, (svg, x, y) -> {
            badge(svg, number, x, y + (LEGEND_ROW - ChainLayout.BADGE_HEIGHT) / 2, badgeWidth);
            legendText(svg, assumption, x + badgeWidth + 5, y, false);
        }));
        String noEvidence = texts.get("toc.legend.noEvidence");
        items.add(new LegendItem(26 + 5 + words(noEvidence), false, (svg, x, y) -> {
            svg.append("<rect x=\"")
                    .append(n(x))
                    .append("\" y=\"")
                    .append(n(y + 3))
                    .append("\" width=\"26\" height=\"")
                    .append(n(LEGEND_ROW - 6))
                    .append("\" rx=\"3\" fill=\"#ffffff\" stroke=\"")
                    .append(MUTED)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>");
            legendText(svg, noEvidence, x + 31, y, false);
        }));
        return items;
    }

    private static LegendItem heading(String words) {
        return new LegendItem(
                TextWidth.of(words, ChainLayout.DETAIL_SIZE, true),
                true,
                (svg, x, y) -> legendText(svg, words, x, y, true));
    }

    private static double words(String words) {
        return TextWidth.of(words, ChainLayout.DETAIL_SIZE, false);
    }

    private static void legendText(StringBuilder svg, String words, double x, double y, boolean bold) {
        svg.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y + LEGEND_ROW / 2 + ChainLayout.DETAIL_SIZE * 0.35))
                .append("\" font-size=\"")
                .append(n(ChainLayout.DETAIL_SIZE))
                .append('"')
                .append(bold ? " font-weight=\"bold\"" : "")
                .append(" fill=\"")
                .append(INK)
                .append("\">")
                .append(ChainTexts.xml(words))
                .append("</text>");
    }

    /**
     * Where each legend item goes: left to right, a group (a heading and its items) on a new row when
     * it does not fit on the current one.
     */
    private static List<double[]> placeLegend(List<LegendItem> items, double width) {
        double available = width - 16;
        List<double[]> places = new ArrayList<>();
        double x = 0;
        double y = 0;
        for (int i = 0; i < items.size(); i++) {
            LegendItem item = items.get(i);
            if (item.startsGroup() && x > 0) {
                double group = item.width();
                for (int j = i + 1; j < items.size() && !items.get(j).startsGroup(); j++) {
                    group += 10 + items.get(j).width();
                }
                if (x + LEGEND_GAP + group > available) {
                    x = 0;
                    y += LEGEND_ROW;
                } else {
                    x += LEGEND_GAP;
                }
            } else if (x > 0 && x + 10 + item.width() > available) {
                x = 0;
                y += LEGEND_ROW;
            } else if (x > 0) {
                x += 10;
            }
            places.add(new double[] {x, y});
            x += item.width();
        }
        return places;
    }

    /** A coordinate: at most two decimals, always with a point. */
    static String n(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }
}
