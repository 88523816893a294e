package nl.cmostamm.portal.departure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The explicit list of an initiative's tables against the migrations, without a database: a new
 * table with an {@code initiative_id}, or a new link table hanging from one, fails the build until
 * {@link InitiativeTables} says what it is (and so what the export's read-me says of it). The
 * in-container {@code InitiativeLeavesIT} checks the same against the live catalogue.
 */
class InitiativeTablesTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern ADD_COLUMN =
            Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN initiative_id\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("DROP TABLE (?:IF EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_COLUMN = Pattern.compile("(?m)^\\s*initiative_id\\s");
    private static final Pattern REFERENCE = Pattern.compile("REFERENCES (\\w+)");

    private record Schema(Set<String> own, Set<String> linked) {}

    private static Schema schema() throws IOException {
        Set<String> own = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        java.util.Map<String, String> bodies = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(
                            f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList()) {
                String sql = Files.readString(file);
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    String table = create.group(1);
                    bodies.put(table, create.group(2));
                    if (OWN_COLUMN.matcher(create.group(2)).find()) {
                        own.add(table);
                    } else {
                        others.add(table);
                    }
                }
                Matcher added = ADD_COLUMN.matcher(sql);
                while (added.find()) {
                    others.remove(added.group(1));
                    own.add(added.group(1));
                }
                Matcher dropped = DROP.matcher(sql);
                while (dropped.find()) {
                    own.remove(dropped.group(1));
                    others.remove(dropped.group(1));
                }
            }
        }
        Set<String> linked = new TreeSet<>();
        for (String table : others) {
            Matcher reference = REFERENCE.matcher(bodies.get(table));
            while (reference.find()) {
                if (own.contains(reference.group(1))) {
                    linked.add(table);
                }
            }
        }
        return new Schema(own, linked);
    }

    @Test
    void everyTableWithAnInitiativeIdIsDescribed() throws IOException {
        Set<String> own = schema().own();
        assertTrue(own.size() > 50 && own.contains("story_photo"), "the migrations were read: " + own);
        assertEquals(
                own,
                new TreeSet<>(InitiativeTables.own().keySet()),
                "a table with an initiative_id must be described in InitiativeTables (exported or left out, and why)");
    }

    @Test
    void everyLinkTableHangingFromOneIsDescribed() throws IOException {
        assertEquals(
                schema().linked(),
                new TreeSet<>(InitiativeTables.linked().keySet()),
                "a table without initiative_id whose rows hang from an initiative's table must be described"
                        + " in InitiativeTables as linked");
    }

    @Test
    void theKnowledgeCentresPurgeLogIsNoInitiativeData() throws IOException {
        Schema schema = schema();
        assertTrue(
                !schema.own().contains("initiative_purge") && !schema.linked().contains("initiative_purge"));
    }

    @Test
    void everyDescriptionHasBothLanguages() {
        Stream.concat(InitiativeTables.own().values().stream(), InitiativeTables.linked().values().stream())
                .forEach(kind -> {
                    assertTrue(!kind.dutch().isBlank() && !kind.english().isBlank(), kind.table());
                    assertTrue(!kind.dutch().contains("nog zonder beschrijving"), kind.table());
                });
    }
}
