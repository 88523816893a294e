package nl.cmostamm.portal.method.toc;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cmostamm.portal.method.toc.Chain.Element;
import nl.cmostamm.portal.method.toc.Chain.Link;

/**
 * What changed between two versions of a chain: elements and links added, removed or changed. An
 * element is the same element in both when it has the same id, whatever its title became; a link
 * is the same when it joins the same two elements.
 *
 * @param addedElements in the newer only
 * @param removedElements in the older only
 * @param changedElements in both, with another level, title or description, or other evidence
 * @param addedLinks in the newer only, described by their ends' titles in the newer
 * @param removedLinks in the older only, described by their ends' titles in the older
 * @param changedLinks in both, with another assumption, confidence or evidence
 */
public record ChainDiff(
        List<Element> addedElements,
        List<Element> removedElements,
        List<ElementChange> changedElements,
        List<LinkChange> addedLinks,
        List<LinkChange> removedLinks,
        List<LinkChange> changedLinks)
        implements Serializable {

    /** An element before and after, and which of its parts changed. */
    public record ElementChange(Element before, Element after, List<String> parts) implements Serializable {}

    /** A link with the titles of its ends; {@code before} is null for an added one, {@code after} for a removed one. */
    public record LinkChange(String fromTitle, String toTitle, Link before, Link after, List<String> parts)
            implements Serializable {}

    /** The parts of an element or link a change can be in, as named in the bundles ({@code toc.part.*}). */
    public static final String LEVEL = "level";

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String EVIDENCE = "evidence";
    public static final String ASSUMPTION = "assumption";
    public static final String CONFIDENCE = "confidence";

    public boolean isEmpty() {
        return addedElements.isEmpty()
                && removedElements.isEmpty()
                && changedElements.isEmpty()
                && addedLinks.isEmpty()
                && removedLinks.isEmpty()
                && changedLinks.isEmpty();
    }

    /** The differences from {@code older} to {@code newer}. */
    public static ChainDiff between(Chain older, Chain newer) {
        Map<Long, Element> before = byId(older.elements(), Element::id);
        Map<Long, Element> after = byId(newer.elements(), Element::id);
        List<Element> added = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        for (Element element : newer.elements()) {
            Element old = before.get(element.id());
            if (old == null) {
                added.add(element);
            } else {
                List<String> parts = elementParts(old, element);
                if (!parts.isEmpty()) {
                    changed.add(new ElementChange(old, element, parts));
                }
            }
        }
        List<Element> removed = older.elements().stream()
                .filter(e -> !after.containsKey(e.id()))
                .toList();

        Map<List<Long>, Link> linksBefore = byId(older.links(), ChainDiff::ends);
        Map<List<Long>, Link> linksAfter = byId(newer.links(), ChainDiff::ends);
        List<LinkChange> addedLinks = new ArrayList<>();
        List<LinkChange> changedLinks = new ArrayList<>();
        for (Link link : newer.links()) {
            Link old = linksBefore.get(ends(link));
            String from = title(after, link.fromId());
            String to = title(after, link.toId());
            if (old == null) {
                addedLinks.add(new LinkChange(from, to, null, link, List.of()));
            } else {
                List<String> parts = linkParts(old, link);
                if (!parts.isEmpty()) {
                    changedLinks.add(new LinkChange(from, to, old, link, parts));
                }
            }
        }
        List<LinkChange> removedLinks = older.links().stream()
                .filter(l -> !linksAfter.containsKey(ends(l)))
                .map(l -> new LinkChange(title(before, l.fromId()), title(before, l.toId()), l, null, List.of()))
                .toList();
        return new ChainDiff(added, removed, changed, addedLinks, removedLinks, changedLinks);
    }

    private static List<String> elementParts(Element old, Element now) {
        List<String> parts = new ArrayList<>();
        if (old.level() != now.level()) {
            parts.add(LEVEL);
        }
        if (!Objects.equals(old.title(), now.title())) {
            parts.add(TITLE);
        }
        if (!Objects.equals(old.description(), now.description())) {
            parts.add(DESCRIPTION);
        }
        if (!evidenceOf(old).equals(evidenceOf(now))) {
            parts.add(EVIDENCE);
        }
        return parts;
    }

    /** What an element is tied to, without the measured values (those move without anyone editing). */
    private static List<Object> evidenceOf(Element element) {
        return List.of(
                element.indicators().stream()
                        .map(Chain.IndicatorEvidence::id)
                        .sorted()
                        .toList(),
                element.stories(),
                element.surveys().stream().sorted().toList());
    }

    private static List<String> linkParts(Link old, Link now) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(old.assumption(), now.assumption())) {
            parts.add(ASSUMPTION);
        }
        if (old.confidence() != now.confidence()) {
            parts.add(CONFIDENCE);
        }
        if (!Objects.equals(old.evidence(), now.evidence())) {
            parts.add(EVIDENCE);
        }
        return parts;
    }

    private static List<Long> ends(Link link) {
        return List.of(link.fromId(), link.toId());
    }

    private static String title(Map<Long, Element> elements, long id) {
        Element element = elements.get(id);
        return element == null ? "?" : element.title();
    }

    private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (x, y) -> x, LinkedHashMap::new));
    }
}
