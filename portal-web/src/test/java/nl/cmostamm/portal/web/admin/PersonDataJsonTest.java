package nl.cmostamm.portal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A person's data as the machine-readable file: the request, then every ticked record with its kind,
 * number, initiative (or null) and every field under its English name, typed as JSON types, so a
 * program can read it without knowing the portal; typed text is data, never markup or structure.
 */
class PersonDataJsonTest {

    @Test
    void theFileHoldsTheRequestAndEveryRecordWithEveryField() {
        JsonObject root = read(PersonDataJson.json(PersonDataSamples.dataset()));

        assertEquals("inwonerskracht-persoonsgegevens", root.getString("format"));
        assertEquals(PersonDataJson.FORMAT_VERSION, root.getInt("formatVersion"));
        assertEquals("AVG-2026-014", root.getString("reference"));
        assertEquals("2026-11-30T14:05:00Z", root.getString("madeAt"));
        assertEquals(3, root.getJsonArray("records").size());

        JsonObject account = root.getJsonArray("records").getJsonObject(0);
        assertEquals("ACCOUNT", account.getString("kind"));
        assertEquals(41, account.getInt("id"));
        assertEquals(JsonValue.NULL, account.get("initiative"), "an account belongs to no initiative");
        assertEquals(PersonDataSamples.EMAIL, account.getJsonObject("fields").getString("email"));
        assertEquals(JsonValue.TRUE, account.getJsonObject("fields").get("active"));

        JsonObject volunteer = root.getJsonArray("records").getJsonObject(1);
        assertEquals("VOLUNTEER", volunteer.getString("kind"));
        assertEquals(3, volunteer.getJsonObject("initiative").getInt("id"));
        assertEquals(
                "Dorpsloket Middelstum", volunteer.getJsonObject("initiative").getString("name"));
        JsonObject fields = volunteer.getJsonObject("fields");
        assertEquals(PersonDataSamples.NAME, fields.getString("name"), "typed text as it was, markup and all");
        assertEquals(PersonDataSamples.PHONE, fields.getString("phone"));
        assertEquals(JsonValue.NULL, fields.get("skills"), "an empty field is there, as null");
        assertEquals("2025-05-01", fields.getString("activeSince"));
        assertEquals(
                "Vervoer",
                fields.getJsonArray("likesToHelpWith").getJsonObject(0).getString("category"));
        JsonObject help = fields.getJsonArray("helpGiven").getJsonObject(0);
        assertEquals(new BigDecimal("2.50"), help.getJsonNumber("hours").bigDecimalValue(), "hours as a number");
        assertEquals("2026-11-02", help.getString("requestedOn"));

        JsonObject story = root.getJsonArray("records").getJsonObject(2);
        assertTrue(story.getJsonObject("fields").getString("body").contains("<script>alert(1)</script>"));
        assertEquals(JsonValue.FALSE, story.getJsonObject("fields").get("consentPublication"));
    }

    private static JsonObject read(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.readObject();
        }
    }
}
