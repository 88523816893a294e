package nl.cmostamm.portal.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.person.PersonDataset;
import nl.cmostamm.portal.person.PersonRecord;

/**
 * A person's data as JSON, the machine-readable form of an export (AVG art. 15 and 20): the
 * request's reference and moment, then every ticked record with its kind, its initiative (or none)
 * and every field under its English name, numbers as numbers, dates as ISO text. Keys and kinds are
 * fixed words, so a program can read the file without knowing the portal.
 */
public final class PersonDataJson {

    /** Bump when the shape changes, so a reader can tell. */
    static final int FORMAT_VERSION = 1;

    private PersonDataJson() {}

    public static byte[] json(PersonDataset data) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (PersonRecord record : data.records()) {
            JsonObjectBuilder one = Json.createObjectBuilder()
                    .add("kind", record.ref().kind().name())
                    .add("id", record.ref().id());
            if (record.ref().initiativeId() == null) {
                one.addNull("initiative");
            } else {
                one.add(
                        "initiative",
                        Json.createObjectBuilder()
                                .add("id", record.ref().initiativeId())
                                .add("name", value(record.initiativeName())));
            }
            records.add(one.add("fields", object(record.fields())));
        }
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("format", "inwonerskracht-persoonsgegevens")
                .add("formatVersion", FORMAT_VERSION)
                .add("controller", "CMO STAMM")
                .add("reference", data.reference())
                .add("madeAt", data.madeAt().toString())
                .add("records", records);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(root.build());
        }
        return out.toByteArray();
    }

    private static JsonObjectBuilder object(Map<String, Object> fields) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach((key, value) -> object.add(key, value(value)));
        return object;
    }

    @SuppressWarnings("unchecked")
    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            return Json.createValue(d);
        }
        if (value instanceof BigInteger i) {
            return Json.createValue(i);
        }
        if (value instanceof Number n) {
            return Json.createValue(new BigDecimal(n.toString()));
        }
        if (value instanceof Map<?, ?> map) {
            return object((Map<String, Object>) map).build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(item -> array.add(value(item)));
            return array.build();
        }
        return Json.createValue(value.toString());
    }
}
