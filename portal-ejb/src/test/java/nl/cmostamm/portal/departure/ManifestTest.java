package nl.cmostamm.portal.departure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read-me and manifest of an export: every file, what it is, its rows, the moment, what is left out. */
class ManifestTest {

    private static final OffsetDateTime MOMENT = OffsetDateTime.parse("2026-12-01T03:15:42+01:00");

    private static Manifest manifest() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("bestanden/story_photo-7-content.jpg", "story_photo");
        files.put("bestanden/fact_sheet-2-logo.png", "fact_sheet");
        return new Manifest(
                42,
                "Odensehuis \"Meppel\"",
                "odensehuis",
                MOMENT,
                List.of(
                        new Manifest.Table(InitiativeTables.PROFILE, 1),
                        new Manifest.Table(InitiativeTables.describe("story"), 12),
                        new Manifest.Table(InitiativeTables.describe("goal_value_theme"), 0)),
                files,
                List.of(InitiativeTables.describe("initiative_visit")));
    }

    @Test
    void theReadMeSaysInDutchWhatEachFileIsAndHowManyRowsItHas() {
        String readme = manifest().readme();

        assertTrue(readme.contains("Odensehuis \"Meppel\" (id 42, korte naam odensehuis)"), readme);
        assertTrue(readme.contains("1 december 2026 om 03:15:42 (+01:00)"), readme);
        assertTrue(readme.contains("2026-12-01T03:15:42+01:00"), readme);
        assertTrue(readme.contains("persoonsgegevens en mogelijk gezondheidsgegevens"), readme);
        assertTrue(
                readme.contains("csv/initiative.csv en json/initiative.json: Het profiel van het initiatief - 1 rij"),
                readme);
        assertTrue(
                readme.contains("csv/story.csv en json/story.json: Verhalen (gezondheidsgegevens mogelijk) - 12 rijen"),
                readme);
        assertTrue(
                readme.contains(
                        "csv/goal_value_theme.csv en json/goal_value_theme.json: Waardethema's per doel - 0 rijen"),
                readme);
        assertTrue(readme.contains("3 soorten gegevens, 13 rijen, 2 bestanden"), readme);
        assertTrue(readme.contains("bestanden/: 2 bestanden"), readme);
        assertTrue(readme.contains("initiative_visit: Niet geëxporteerd"), readme);
        assertTrue(readme.contains("apostrof"), "the formula guard is explained: " + readme);
    }

    @Test
    void theManifestSaysTheSameForPrograms() {
        JsonObject json = Json.createReader(new StringReader(manifest().json())).readObject();

        assertEquals(42, json.getJsonObject("initiative").getInt("id"));
        assertEquals("Odensehuis \"Meppel\"", json.getJsonObject("initiative").getString("name"));
        assertEquals(MOMENT.toString(), json.getString("exportedAt"));
        assertEquals(3, json.getJsonArray("tables").size());
        JsonObject story = json.getJsonArray("tables").getJsonObject(1);
        assertEquals("story", story.getString("table"));
        assertEquals(12, story.getInt("rows"));
        assertEquals("csv/story.csv", story.getString("csv"));
        assertEquals("json/story.json", story.getString("json"));
        assertEquals("fact_sheet", json.getJsonArray("files").getJsonObject(1).getString("table"));
        assertEquals(
                "initiative_visit",
                json.getJsonArray("leftOut").getJsonObject(0).getString("table"));
    }

    @Test
    void aPurgeRecordsCountsAreReadBackByTable() {
        assertEquals(Map.of("goal", 3L, "story", 0L), InitiativeDeparture.rowsPerTable("{\"story\": 0, \"goal\": 3}"));
    }
}
