package nl.cmostamm.portal.web.method.toc;

import static nl.cmostamm.portal.web.method.toc.ChainSamples.DUTCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The diagram as the board sees and prints it: well-formed and escaped, every level a column in
 * order, no box on another or outside its column, readable on A4 landscape, the evidence shown
 * without relying on colour alone, and a text alternative.
 */
class ChainDiagramTest {

    /** The printed size below which a volunteer board member should not have to read. */
    private static final double SMALLEST_READABLE_PT = 7;

    private static final double PT_PER_MM = 72 / 25.4;

    private static String helpDesk;
    private static Document diagram;

    @BeforeAll
    static void drawTheHelpDesk() throws Exception {
        helpDesk = ChainDiagram.svg(ChainSamples.helpDesk(), DUTCH, ChainSamples.text(DUTCH));
        diagram = parse(helpDesk);
    }

    @Test
    void isAStandaloneSvgWithATextAlternative() {
        Element svg = diagram.getDocumentElement();

        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("100%", svg.getAttribute("width"));
        assertTrue(svg.getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"));
        assertEquals(
                "Verandertheorie", byId(svg.getAttribute("aria-labelledby")).getTextContent());
        assertEquals(
                "30 onderdelen, 34 verbanden. 9 van de 13 meetbare onderdelen (output, outcome, impact) hebben bewijs uit uw gegevens.",
                byId(svg.getAttribute("aria-describedby")).getTextContent());
    }

    @Test
    void everyLevelIsAColumnInChainOrderWithItsHeader() {
        List<Element> columns = elements(diagram, "rect").stream()
                .filter(rect -> rect.getAttribute("class").equals("toc-column"))
                .toList();
        List<String> headers = elements(diagram, "text").stream()
                .filter(text -> text.getAttribute("class").equals("toc-header"))
                .map(Element::getTextContent)
                .toList();

        assertEquals(
                Arrays.stream(Level.values()).map(Enum::name).toList(),
                columns.stream().map(c -> c.getAttribute("data-level")).toList());
        for (int i = 1; i < columns.size(); i++) {
            assertTrue(number(columns.get(i), "x") >= number(columns.get(i - 1), "x") + width(columns.get(i - 1)));
        }
        assertEquals(List.of("PROBLEEM", "DOEL", "INPUT", "AANPAK", "OUTPUT", "OUTCOME", "IMPACT"), headers);
    }

    @Test
    void anEmptyLevelKeepsItsColumnWithAPlaceholder() throws Exception {
        Chain onlyOutputs = new Chain(List.of(ChainSamples.plain(1, Level.OUTPUT, "Afgeronde klussen")), List.of());

        Document document = parse(ChainDiagram.svg(onlyOutputs, DUTCH, ChainSamples.text(DUTCH)));

        List<Element> placeholders = elements(document, "g").stream()
                .filter(g -> g.getAttribute("class").equals("toc-placeholder"))
                .toList();
        assertEquals(6, placeholders.size());
        placeholders.forEach(p -> assertEquals("nog leeg", p.getTextContent()));
        assertInsideTheirColumns(document);
    }

    @Test
    void noTwoBoxesOverlapAndEachStaysInItsLevelsColumn() {
        List<Element> boxes = boxes(diagram);
        assertEquals(30, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(overlap(boxes.get(i), boxes.get(j)), "boxes " + i + " and " + j + " overlap");
            }
        }
        assertInsideTheirColumns(diagram);
    }

    /**
     * The rule for A4 landscape: the diagram goes on the PDF's first page at the width inside the
     * margins; its proportions must let it fit under the title at that width, and its smallest text
     * must then still print at {@value #SMALLEST_READABLE_PT} pt or more.
     */
    @Test
    void thirtyElementsStayReadableOnA4Landscape() {
        double[] viewBox = ChainDiagram.viewBox(helpDesk);
        double smallestFont = elements(diagram, "text").stream()
                .mapToDouble(text -> number(text, "font-size"))
                .min()
                .orElseThrow();

        double ptPerUnit = ChainDiagram.PRINT_WIDTH_MM / viewBox[0] * PT_PER_MM;

        assertTrue(
                viewBox[0] / viewBox[1] >= ChainDiagram.PRINT_WIDTH_MM / ChainDiagram.PRINT_HEIGHT_MM,
                "too tall for the page at its full width: " + viewBox[0] + " x " + viewBox[1]);
        assertTrue(
                smallestFont * ptPerUnit >= SMALLEST_READABLE_PT,
                "smallest text prints at " + smallestFont * ptPerUnit + " pt");
    }

    @Test
    void everyTextFromTheChainIsEscapedAndShownWhole() throws Exception {
        String evil = "</svg><script>alert('x')</script> & \"q\"";
        Chain chain = new Chain(
                List.of(
                        new Chain.Element(1, Level.PROBLEM, evil, evil, null, 0, null),
                        new Chain.Element(
                                2,
                                Level.OUTCOME,
                                "Uitkomst <b>",
                                null,
                                List.of(ChainSamples.indicator(3, evil, "1", "2", "<u>", Light.RED)),
                                1,
                                List.of(evil))),
                List.of(new Chain.Link(5, 1, 2, evil, Confidence.LOW, evil)));

        String svg = ChainDiagram.svg(chain, DUTCH, ChainSamples.text(DUTCH));
        Document document = parse(svg);

        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<b>"));
        assertEquals(0, elements(document, "script").size());
        assertEquals(evil.replace(" ", ""), shownText(document, 1));
        String outcome = shownText(document, 2);
        assertTrue(outcome.startsWith("Uitkomst<b>" + evil.replace(" ", "") + ":1/2<u>"), outcome);
        assertTrue(outcome.endsWith("Vragenlijst:" + evil.replace(" ", "")), outcome);
    }

    @Test
    void eachBoxLinksToItsElement() {
        List<Element> anchors = elements(diagram, "a");

        assertEquals(30, anchors.size());
        for (Element anchor : anchors) {
            String id = anchor.getAttribute("data-element");
            assertEquals("#element-" + id, anchor.getAttribute("href"));
            assertEquals("toc-node-" + id, elements(anchor, "g").get(0).getAttribute("id"));
        }
    }

    @Test
    void indicatorsShowLatestAgainstTargetWithALightThatIsNotOnlyAColour() {
        assertEquals(
                "ActievevrijwilligersActievevrijwilligers:62/80Urenpervrijwilliger:5,5/4uur", shownText(diagram, 22));
        // an indicator nobody has measured yet is a plan, not evidence: the box says it is still an assumption
        assertTrue(shownText(diagram, 21).endsWith(":noggeenmetingAanname:noggeenbewijs"), shownText(diagram, 21));

        Set<String> shapes = new HashSet<>();
        for (long id : new long[] {19, 18, 26, 21}) { // green, orange, red, grey
            Element icon = icon(node(diagram, id));
            shapes.add(icon.getTagName() + (icon.hasAttribute("stroke") ? " outlined" : " filled"));
            String colour = icon.hasAttribute("stroke") ? icon.getAttribute("stroke") : icon.getAttribute("fill");
            double contrast = contrast(colour, rect(node(diagram, id)).getAttribute("fill"));
            assertTrue(contrast >= 3, "a light stands out from its box: " + contrast);
        }
        assertEquals(4, shapes.size(), "each light has its own shape: " + shapes);
    }

    @Test
    void storiesAndSurveysAreShownAndAnElementWithoutEvidenceLooksLikeAnAssumption() {
        String coffee = String.join(" ", texts(node(diagram, 24)));
        assertTrue(coffee.contains("5 verhalen"), coffee);
        assertTrue(coffee.contains("Vragenlijst: Bezoekers"), coffee);

        Element referrals = node(diagram, 23);
        assertTrue(referrals.getAttribute("class").contains("toc-assumption"));
        assertTrue(rect(referrals).hasAttribute("stroke-dasharray"));
        assertTrue(String.join(" ", texts(referrals)).contains("Aanname: nog geen bewijs"));
        assertFalse(rect(node(diagram, 19)).hasAttribute("stroke-dasharray"));
        assertFalse(rect(node(diagram, 12)).hasAttribute("stroke-dasharray"), "an activity is not measured");
    }

    @Test
    void linksAreDrawnByConfidenceAndNumberedWhereTheyRestOnAnAssumption() {
        Map<String, String> dashes = new HashMap<>();
        for (Element path : elements(diagram, "path")) {
            if (path.getAttribute("class").equals("toc-link")) {
                assertTrue(path.getAttribute("marker-end").startsWith("url(#toc-arrow"));
                dashes.merge(
                        path.getAttribute("data-confidence"),
                        path.getAttribute("stroke-dasharray") + "|" + path.getAttribute("stroke"),
                        (a, b) -> {
                            assertEquals(a, b);
                            return a;
                        });
            }
        }
        Element onLinks = elements(diagram, "g").stream()
                .filter(g -> g.getAttribute("class").equals("toc-badges"))
                .findFirst()
                .orElseThrow();
        List<String> badges =
                elements(onLinks, "text").stream().map(Element::getTextContent).toList();

        assertEquals(4, new HashSet<>(dashes.values()).size(), "four line styles: " + dashes);
        assertEquals(
                List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7"),
                badges.stream().sorted().toList());
    }

    @Test
    void theBoxColoursKeepTheTextReadable() {
        for (Element box : boxes(diagram)) {
            Element title = elements(box.getParentNode(), "text").get(0);
            double text = contrast(box.getAttribute("fill"), title.getAttribute("fill"));
            double border = contrast(box.getAttribute("stroke"), "#ffffff");
            assertTrue(text >= 4.5, "text contrast " + text);
            assertTrue(border >= 3, "border contrast " + border);
        }
    }

    @Test
    void linksBackwardsWithinALevelOrToNothingDoNotBreakTheDiagram() throws Exception {
        Chain odd = new Chain(
                List.of(
                        ChainSamples.plain(1, Level.PROBLEM, "Probleem"),
                        ChainSamples.plain(2, Level.OUTCOME, "Eerste uitkomst"),
                        ChainSamples.plain(3, Level.OUTCOME, "Tweede uitkomst"),
                        ChainSamples.plain(4, Level.IMPACT, "Impact")),
                List.of(
                        new Chain.Link(1, 1, 2, null, null, null),
                        new Chain.Link(2, 2, 3, "binnen een niveau", Confidence.MEDIUM, null),
                        new Chain.Link(3, 4, 1, "terug naar het begin", null, null),
                        new Chain.Link(4, 3, 3, null, null, null),
                        new Chain.Link(5, 3, 99, "naar niets", null, null)));

        Document document = parse(ChainDiagram.svg(odd, DUTCH, ChainSamples.text(DUTCH)));

        assertEquals(4 + 4, boxes(document).size(), "four elements, and four empty levels");
        assertInsideTheirColumns(document);
    }

    @Test
    void thePngHasTheAskedWidth() throws IOException {
        byte[] png = ChainDiagram.png(helpDesk, 1200);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        double[] viewBox = ChainDiagram.viewBox(helpDesk);
        assertEquals(1200, image.getWidth());
        assertEquals(Math.ceil(1200 * viewBox[1] / viewBox[0]), image.getHeight(), 1);
    }

    @Test
    void numbersFollowTheReadersLanguage() throws Exception {
        Document english =
                parse(ChainDiagram.svg(ChainSamples.helpDesk(), Locale.ENGLISH, ChainSamples.text(Locale.ENGLISH)));

        assertTrue(shownText(english, 22).endsWith("5.5/4uur"));
        assertTrue(english.getDocumentElement().getTextContent().contains("ACTIVITIES"));
    }

    // --- reading the SVG

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static Element byId(String id) {
        return elements(diagram, "*").stream()
                .filter(e -> e.getAttribute("id").equals(id))
                .findFirst()
                .orElseThrow();
    }

    static List<Element> elements(Object parent, String tag) {
        NodeList nodes = parent instanceof Document document
                ? document.getElementsByTagNameNS("*", tag)
                : ((Element) parent).getElementsByTagNameNS("*", tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The rectangle of every element's box and every placeholder. */
    private static List<Element> boxes(Document document) {
        return elements(document, "g").stream()
                .filter(g -> g.getAttribute("id").startsWith("toc-node-")
                        || g.getAttribute("class").equals("toc-placeholder"))
                .map(ChainDiagramTest::rect)
                .toList();
    }

    private static Element rect(Element group) {
        return elements(group, "rect").get(0);
    }

    private static Element node(Document document, long id) {
        return elements(document, "g").stream()
                .filter(g -> g.getAttribute("id").equals("toc-node-" + id))
                .findFirst()
                .orElseThrow();
    }

    /** The first drawn shape in a box after its own rectangle: an indicator's light. */
    private static Element icon(Element node) {
        return elements(node, "*").stream()
                .filter(e -> List.of("circle", "path", "rect").contains(e.getLocalName()))
                .skip(1)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(Element node) {
        return elements(node, "text").stream().map(Element::getTextContent).toList();
    }

    /** What a box shows, its lines joined without the spaces where they were wrapped. */
    private static String shownText(Document document, long id) {
        return String.join("", texts(node(document, id))).replace(" ", "");
    }

    private static void assertInsideTheirColumns(Document document) {
        Map<String, Element> columns = new HashMap<>();
        elements(document, "rect").stream()
                .filter(rect -> rect.getAttribute("class").equals("toc-column"))
                .forEach(rect -> columns.put(rect.getAttribute("data-level"), rect));
        for (Element box : boxes(document)) {
            Element column = columns.get(((Element) box.getParentNode()).getAttribute("data-level"));
            assertTrue(number(box, "x") >= number(column, "x"), "box starts left of its column");
            assertTrue(number(box, "x") + width(box) <= number(column, "x") + width(column), "box ends right of it");
            assertTrue(number(box, "y") + number(box, "height") <= number(column, "y") + number(column, "height"));
        }
    }

    private static boolean overlap(Element a, Element b) {
        return number(a, "x") < number(b, "x") + width(b)
                && number(b, "x") < number(a, "x") + width(a)
                && number(a, "y") < number(b, "y") + number(b, "height")
                && number(b, "y") < number(a, "y") + number(a, "height");
    }

    private static double width(Element e) {
        return number(e, "width");
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
