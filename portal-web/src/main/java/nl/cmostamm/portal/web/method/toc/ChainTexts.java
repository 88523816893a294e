package nl.cmostamm.portal.web.method.toc;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.web.shared.PdfDocuments;

/**
 * The words the diagram, the PDF and the workbook share, so the three say the same thing in the same
 * way: level names, an indicator as "name: latest / target unit", the number of stories, and the
 * numbers A1, A2… that connect an assumption on the diagram to its row in the lists.
 */
final class ChainTexts {

    /** An assumption's number is this and its place: A1, A2… */
    static final String ASSUMPTION = "A";

    private final Locale locale;
    private final Function<String, String> text;
    private final NumberFormat numbers;

    ChainTexts(Locale locale, Function<String, String> text) {
        this.locale = locale;
        this.text = text;
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
    }

    Locale locale() {
        return locale;
    }

    /** The bundle text of a key; with arguments, a {@link MessageFormat} pattern in the reader's locale. */
    String get(String key, Object... arguments) {
        String pattern = text.apply(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    String level(Level level) {
        return get("toc.level." + level);
    }

    /** An element named with its level, "OUTPUT: Afgeronde klussen", as a link's end or an indicator's owner. */
    String element(Chain.Element element) {
        return element == null ? "?" : level(element.level()) + ": " + element.title();
    }

    String confidence(Confidence confidence) {
        return get(confidence == null ? "toc.confidence.none" : "toc.confidence." + confidence);
    }

    /** What a light means, in words: the goal overview's own words. */
    String light(Light light) {
        return get("light." + (light == null ? Light.GREY : light));
    }

    String number(BigDecimal value) {
        return value == null ? "" : numbers.format(value);
    }

    /** "Bezoekers per week: 34 / 40 personen", or "…: nog geen meting". */
    String indicator(Chain.IndicatorEvidence indicator) {
        if (indicator.latest() == null) {
            return indicator.name() + ": " + get("toc.noMeasurement");
        }
        if (indicator.target() == null) {
            return get("toc.indicator.noTarget", indicator.name(), withUnit(indicator.latest(), indicator.unit()));
        }
        return get(
                "toc.indicator.measured",
                indicator.name(),
                number(indicator.latest()),
                withUnit(indicator.target(), indicator.unit()));
    }

    private String withUnit(BigDecimal value, String unit) {
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        return number(value) + (unit.strip().equals("%") ? "" : " ") + unit.strip();
    }

    /** "5 verhalen": the diagram's short form; the lists say what kind of stories they are. */
    String stories(int count) {
        return get("toc.diagram.stories", count);
    }

    String surveys(List<String> names) {
        return get("toc.diagram.surveys", names.size(), String.join(", ", names));
    }

    /**
     * The links in the chain's order (the order they were made), each link with an assumption
     * numbered A1, A2…, links without one mapped to null. Numbered in the order they were made, an
     * assumption keeps its number when links are added later, so a printed list stays right. The
     * Theory of Change page should number its links table with this too.
     */
    static Map<Chain.Link, String> numberedLinks(Chain chain) {
        Map<Chain.Link, String> numbered = new LinkedHashMap<>();
        int next = 1;
        for (Chain.Link link : chain.links()) {
            numbered.put(link, hasAssumption(link) ? ASSUMPTION + next++ : null);
        }
        return numbered;
    }

    /**
     * A measurable element (output, outcome, impact) that nothing in the portal supports yet: where
     * the chain is still an assumption. Problem to activities are not measured, so never count as such.
     */
    static boolean stillAnAssumption(Chain.Element element) {
        return element.level().measurable() && !element.evidenced();
    }

    static boolean hasAssumption(Chain.Link link) {
        return link.assumption() != null && !link.assumption().isBlank();
    }

    /** The element of each id, for naming a link's ends. */
    static Map<Long, Chain.Element> byId(Chain chain) {
        Map<Long, Chain.Element> elements = new HashMap<>();
        chain.elements().forEach(e -> elements.put(e.id(), e));
        return elements;
    }

    /**
     * Text for XML (the SVG and the PDF's XHTML): the five special characters escaped, and characters
     * XML 1.0 cannot hold at all (control characters, lone surrogates) replaced, so a pasted title
     * can never break the document.
     */
    static String xml(String value) {
        return PdfDocuments.xml(value);
    }
}
