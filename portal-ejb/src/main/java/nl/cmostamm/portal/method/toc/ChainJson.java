package nl.cmostamm.portal.method.toc;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import nl.cmostamm.portal.goal.Light;

/**
 * A chain as the JSON a frozen version keeps, and back. The format is written out field by field
 * (JSON-P), not left to reflection: a version frozen today must read the same on every server and
 * after every upgrade (Payara Server 6's JSON-B does not know the element type of a record's list).
 */
final class ChainJson {

    private ChainJson() {}

    static String write(Chain chain) {
        JsonArrayBuilder elements = Json.createArrayBuilder();
        for (Chain.Element e : chain.elements()) {
            JsonArrayBuilder indicators = Json.createArrayBuilder();
            for (Chain.IndicatorEvidence i : e.indicators()) {
                JsonObjectBuilder indicator =
                        Json.createObjectBuilder().add("id", i.id()).add("name", i.name());
                number(indicator, "latest", i.latest());
                number(indicator, "target", i.target());
                text(indicator, "unit", i.unit());
                indicators.add(indicator.add("light", i.light().name()));
            }
            JsonArrayBuilder surveys = Json.createArrayBuilder();
            e.surveys().forEach(surveys::add);
            JsonObjectBuilder element = Json.createObjectBuilder()
                    .add("id", e.id())
                    .add("level", e.level().name())
                    .add("title", e.title());
            text(element, "description", e.description());
            elements.add(element.add("indicators", indicators)
                    .add("stories", e.stories())
                    .add("surveys", surveys));
        }
        JsonArrayBuilder links = Json.createArrayBuilder();
        for (Chain.Link l : chain.links()) {
            JsonObjectBuilder link = Json.createObjectBuilder()
                    .add("id", l.id())
                    .add("fromId", l.fromId())
                    .add("toId", l.toId());
            text(link, "assumption", l.assumption());
            text(
                    link,
                    "confidence",
                    l.confidence() == null ? null : l.confidence().name());
            text(link, "evidence", l.evidence());
            links.add(link);
        }
        return Json.createObjectBuilder()
                .add("elements", elements)
                .add("links", links)
                .build()
                .toString();
    }

    static Chain read(String json) {
        JsonObject chain;
        try (var reader = Json.createReader(new StringReader(json))) {
            chain = reader.readObject();
        }
        List<Chain.Element> elements = chain.getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .map(e -> new Chain.Element(
                        e.getJsonNumber("id").longValue(),
                        Level.valueOf(e.getString("level")),
                        e.getString("title"),
                        text(e, "description"),
                        e.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                                .map(i -> new Chain.IndicatorEvidence(
                                        i.getJsonNumber("id").longValue(),
                                        i.getString("name"),
                                        number(i, "latest"),
                                        number(i, "target"),
                                        text(i, "unit"),
                                        Light.valueOf(i.getString("light"))))
                                .toList(),
                        e.getInt("stories", 0),
                        e.getJsonArray("surveys").getValuesAs(jakarta.json.JsonString.class).stream()
                                .map(jakarta.json.JsonString::getString)
                                .toList()))
                .toList();
        List<Chain.Link> links = chain.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .map(l -> new Chain.Link(
                        l.getJsonNumber("id").longValue(),
                        l.getJsonNumber("fromId").longValue(),
                        l.getJsonNumber("toId").longValue(),
                        text(l, "assumption"),
                        text(l, "confidence") == null ? null : Confidence.valueOf(l.getString("confidence")),
                        text(l, "evidence")))
                .toList();
        return new Chain(elements, links);
    }

    private static void text(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder builder, String name, BigDecimal value) {
        if (value != null) {
            builder.add(name, value);
        }
    }

    private static String text(JsonObject object, String name) {
        return object.containsKey(name) && object.get(name).getValueType() == JsonValue.ValueType.STRING
                ? object.getString(name)
                : null;
    }

    private static BigDecimal number(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }
}
