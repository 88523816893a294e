package nl.cmostamm.portal.method.toc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.cmostamm.portal.goal.Light;

/**
 * A Theory of Change as read for showing, comparing and exporting: its elements with the evidence
 * the portal holds for them, and the links between them. A frozen version is stored as one of these,
 * so the same diagram, list and exports serve the current chain and every version.
 *
 * @param elements in level order, then position
 * @param links between elements of this chain
 */
public record Chain(List<Element> elements, List<Link> links) implements Serializable {

    public Chain {
        elements = List.copyOf(elements);
        links = List.copyOf(links);
    }

    /**
     * One box of the chain.
     *
     * @param id the element's id; stays the same across versions, so versions can be compared
     * @param level where in the chain
     * @param title a short text (at most 200 characters)
     * @param description a longer explanation, or null
     * @param indicators the linked indicators with their latest value and light (measurable levels only)
     * @param stories the number of stories with consent for reports tagged with this element
     * @param surveys the names of survey results linked to this element
     */
    public record Element(
            long id,
            Level level,
            String title,
            String description,
            List<IndicatorEvidence> indicators,
            int stories,
            List<String> surveys)
            implements Serializable {

        public Element {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            surveys = surveys == null ? List.of() : List.copyOf(surveys);
        }

        /**
         * Whether anything the portal holds supports this element: a measured indicator, a story
         * that may be used in reports, a survey. An indicator nobody has measured yet is a plan, not
         * evidence.
         */
        public boolean evidenced() {
            return indicators.stream().anyMatch(i -> i.latest() != null) || stories > 0 || !surveys.isEmpty();
        }
    }

    /**
     * An indicator of the goals module linked to an element, with its latest value against its target.
     *
     * @param latest null when nothing is measured yet
     * @param target null when no target is set
     * @param unit null when the indicator has none
     */
    public record IndicatorEvidence(
            long id, String name, BigDecimal latest, BigDecimal target, String unit, Light light)
            implements Serializable {}

    /**
     * An arrow: "this leads to that", with why the board believes it.
     *
     * @param assumption the assumption behind the link, or null
     * @param confidence how sure the board is, or null when not said
     * @param evidence what supports the assumption, or null
     */
    public record Link(long id, long fromId, long toId, String assumption, Confidence confidence, String evidence)
            implements Serializable {}

    /** The elements of one level, in their order. */
    public List<Element> at(Level level) {
        return elements.stream().filter(e -> e.level() == level).toList();
    }
}
