package nl.cmostamm.portal.departure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** One table's rows as CSV and JSON: every value kept, nothing that runs as a formula. */
class TableWriterTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("id", Column.Type.NUMBER),
            new Column("title", Column.Type.TEXT),
            new Column("done", Column.Type.BOOLEAN),
            new Column("amount", Column.Type.NUMBER),
            new Column("told_on", Column.Type.TEMPORAL),
            new Column("content", Column.Type.FILE));

    private static final List<Object[]> ROWS = List.of(
            new Object[] {
                new BigDecimal("1"),
                "=HYPERLINK(\"https://x.example\")",
                true,
                new BigDecimal("-3.50"),
                "2026-11-30T10:15:00+01:00",
                "bestanden/story_photo-1-content.jpg"
            },
            new Object[] {new BigDecimal("2"), "Koffie; met \"Jan\"\nen Els", false, new BigDecimal("1E+3"), null, null
            },
            new Object[] {new BigDecimal("3"), "@SUM(A1)", null, null, "2026-12-01", null});

    @Test
    void theCsvHasAHeaderEveryRowAndNoFormula() throws Exception {
        StringWriter out = new StringWriter();

        long rows = TableWriter.csv(out, COLUMNS, ROWS.iterator());

        assertEquals(3, rows);
        String csv = out.toString();
        assertTrue(csv.startsWith("\uFEFFid;title;done;amount;told_on;content\r\n"), csv);
        List<CSVRecord> records = CSVFormat.Builder.create()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertEquals(4, records.size());
        assertEquals("'=HYPERLINK(\"https://x.example\")", records.get(1).get(1), "a formula becomes text");
        assertEquals("true", records.get(1).get(2));
        assertEquals("-3.50", records.get(1).get(3), "a negative number stays a number");
        assertEquals("bestanden/story_photo-1-content.jpg", records.get(1).get(5));
        assertEquals("Koffie; met \"Jan\"\nen Els", records.get(2).get(1), "quotes, separators and lines kept");
        assertEquals("1000", records.get(2).get(3), "a number in full");
        assertEquals("", records.get(2).get(4), "nothing is empty");
        assertEquals("'@SUM(A1)", records.get(3).get(1));
    }

    @Test
    void theJsonHoldsEveryFieldWithItsOwnTypeAndTheRawText() {
        StringWriter out = new StringWriter();

        long rows = TableWriter.json(out, COLUMNS, ROWS.iterator());

        assertEquals(3, rows);
        JsonArray array = Json.createReader(new StringReader(out.toString())).readArray();
        JsonObject first = array.getJsonObject(0);
        assertEquals(1, first.getJsonNumber("id").intValue());
        assertEquals("=HYPERLINK(\"https://x.example\")", first.getString("title"), "the raw value, unguarded");
        assertTrue(first.getBoolean("done"));
        assertEquals(new BigDecimal("-3.50"), first.getJsonNumber("amount").bigDecimalValue());
        assertEquals("2026-11-30T10:15:00+01:00", first.getString("told_on"));
        JsonObject second = array.getJsonObject(1);
        assertEquals("Koffie; met \"Jan\"\nen Els", second.getString("title"));
        assertEquals(JsonValue.NULL, second.get("told_on"));
        assertEquals(JsonValue.NULL, second.get("content"));
        assertEquals(6, second.size(), "every column, null or not");
    }

    @Test
    void anEmptyTableIsAHeaderAndAnEmptyArray() {
        StringWriter csv = new StringWriter();
        StringWriter json = new StringWriter();

        assertEquals(0, TableWriter.csv(csv, COLUMNS, List.<Object[]>of().iterator()));
        assertEquals(0, TableWriter.json(json, COLUMNS, List.<Object[]>of().iterator()));

        assertEquals("\uFEFFid;title;done;amount;told_on;content\r\n", csv.toString());
        assertEquals("[]", json.toString());
    }

    @Test
    void theZipGoesOnAfterATable() {
        boolean[] closed = {false};
        Writer zip = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        TableWriter.csv(zip, COLUMNS, ROWS.iterator());
        TableWriter.json(zip, COLUMNS, ROWS.iterator());

        assertFalse(closed[0], "neither file closes the stream the next entry is written to");
    }

    @Test
    void columnTypesFollowTheCatalogue() {
        assertEquals(Column.Type.NUMBER, Column.typeOf("bigint"));
        assertEquals(Column.Type.NUMBER, Column.typeOf("numeric"));
        assertEquals(Column.Type.BOOLEAN, Column.typeOf("boolean"));
        assertEquals(Column.Type.FILE, Column.typeOf("bytea"));
        assertEquals(Column.Type.TEMPORAL, Column.typeOf("timestamp with time zone"));
        assertEquals(Column.Type.TEMPORAL, Column.typeOf("date"));
        assertEquals(Column.Type.TEXT, Column.typeOf("character varying"));
        assertEquals(Column.Type.TEXT, Column.typeOf("jsonb"));
    }

    @Test
    void aFileIsNamedByItsTableRowAndFirstBytesInOneExpression() {
        String path = ZipExport.filePath("story_photo", "content", COLUMNS);
        assertTrue(path.contains("'bestanden/story_photo-' || id::text || '-content.'"), path);
        assertTrue(path.contains("'\\xffd8ff'::bytea then 'jpg'"), path);
        assertTrue(path.contains("'\\x89504e47'::bytea then 'png'"), path);

        String select = ZipExport.select(
                new ZipExport.Source(InitiativeTables.describe("story_photo"), "initiative_id = ?"), COLUMNS);
        assertTrue(
                select.startsWith("select id, title, done, amount, to_json(told_on) #>> '{}', case when content"),
                select);
        assertTrue(select.endsWith(" from story_photo where initiative_id = ? order by id"), select);
    }

    @Test
    void aNameTheCatalogueWouldNeverGiveIsRefusedRatherThanQuoted() {
        assertEquals("goal_value_theme", ZipExport.identifier("goal_value_theme"));
        assertThrows(IllegalStateException.class, () -> ZipExport.identifier("goal; drop table goal"));
        assertThrows(IllegalStateException.class, () -> ZipExport.identifier("Goal"));
    }
}
