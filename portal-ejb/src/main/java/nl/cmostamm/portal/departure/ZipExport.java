package nl.cmostamm.portal.departure;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an initiative's full export as a ZIP, streamed: each table is read twice with a database
 * cursor (once for its CSV, once for its JSON), each photo once, and nothing is held beyond one row
 * and one photo. Which tables there are comes from the catalogue, read on the connection of the
 * initiative's own transaction, so row-level security decides what is seen: exactly the initiative's
 * rows. That the connection is in the initiative's tenancy is checked before anything is written.
 */
final class ZipExport {

    /** A table or column name as the catalogue gives them; anything else is refused, not quoted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private static final int FETCH = 500;

    private static final String OWN_TABLES = """
            select c.table_name from information_schema.columns c
              join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
             where c.table_schema = 'public' and c.column_name = 'initiative_id' and t.table_type = 'BASE TABLE'
             order by c.table_name""";

    /**
     * Tables without an initiative_id whose rows hang from a table that has one: one of their
     * single-column foreign keys into such a table (a link table's first; both ends are the
     * initiative's).
     */
    private static final String LINKED_TABLES = """
            select distinct on (c.relname) c.relname, a.attname, p.relname, pa.attname
              from pg_constraint k
              join pg_class c on c.oid = k.conrelid
              join pg_namespace n on n.oid = c.relnamespace
              join pg_class p on p.oid = k.confrelid
              join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
              join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = k.confkey[1]
             where k.contype = 'f' and n.nspname = 'public' and cardinality(k.conkey) = 1
               and not exists (select 1 from pg_attribute x
                                where x.attrelid = c.oid and x.attname = 'initiative_id' and not x.attisdropped)
               and exists (select 1 from pg_attribute y
                            where y.attrelid = p.oid and y.attname = 'initiative_id' and not y.attisdropped)
             order by c.relname, k.conname""";

    private static final String COLUMNS = """
            select column_name, data_type from information_schema.columns
             where table_schema = 'public' and table_name = ? order by ordinal_position""";

    private ZipExport() {}

    /** One table to export: what it is, and the condition that picks the initiative's rows (one parameter: the id). */
    record Source(InitiativeTables.Kind kind, String where) {}

    /** The tables of the export, in the order written: the profile, the own tables, the link tables, the people. */
    static List<Source> sources(Connection c) throws SQLException {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(InitiativeTables.PROFILE, "id = ?"));
        List<String> own = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(OWN_TABLES);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                own.add(identifier(rows.getString(1)));
            }
        }
        own.sort(Comparator.comparingInt(InitiativeTables::position).thenComparing(Comparator.naturalOrder()));
        for (String table : own) {
            if (!InitiativeTables.leftOut(table)) {
                sources.add(new Source(InitiativeTables.describe(table), "initiative_id = ?"));
            }
        }
        List<Source> linked = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(LINKED_TABLES);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                String table = identifier(rows.getString(1));
                String column = identifier(rows.getString(2));
                String parent = identifier(rows.getString(3));
                String key = identifier(rows.getString(4));
                linked.add(new Source(
                        InitiativeTables.describe(table),
                        column + " in (select " + key + " from " + parent + " where initiative_id = ?)"));
            }
        }
        linked.sort(Comparator.comparingInt((Source source) ->
                        InitiativeTables.position(source.kind().table()))
                .thenComparing(source -> source.kind().table()));
        sources.addAll(linked);
        sources.add(new Source(
                InitiativeTables.PEOPLE,
                "id in (select account_id from board_membership where initiative_id = ?1"
                        + " union select account_id from advisor_assignment where initiative_id = ?1"
                        + " union select account_id from audit_entry where initiative_id = ?1)"));
        return sources;
    }

    /** The tables deliberately left out that the catalogue holds. */
    static List<InitiativeTables.Kind> leftOut(Connection c) throws SQLException {
        List<InitiativeTables.Kind> left = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(OWN_TABLES);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                if (InitiativeTables.leftOut(rows.getString(1))) {
                    left.add(InitiativeTables.describe(rows.getString(1)));
                }
            }
        }
        return left;
    }

    /** Counts the initiative's rows per source, as the export would write them. */
    static Map<InitiativeTables.Kind, Long> counts(Connection c, long initiativeId) throws SQLException {
        requireTenant(c, initiativeId);
        Map<InitiativeTables.Kind, Long> counts = new LinkedHashMap<>();
        for (Source source : sources(c)) {
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from " + source.kind().table() + " where " + numbered(source.where()))) {
                bind(s, source.where(), initiativeId);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    counts.put(source.kind(), rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Writes the ZIP to {@code out} and finishes it (without closing {@code out}); returns what it holds. */
    static Manifest write(Connection c, long initiativeId, String name, String slug, OutputStream out)
            throws SQLException, IOException {
        requireTenant(c, initiativeId);
        OffsetDateTime moment = OffsetDateTime.now();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<Manifest.Table> tables = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (Source source : sources(c)) {
            String table = source.kind().table();
            List<Column> columns = columns(c, table);
            long rows = text(zip, Manifest.CSV_FOLDER + table + ".csv", c, source, columns, initiativeId, true);
            text(zip, Manifest.JSON_FOLDER + table + ".json", c, source, columns, initiativeId, false);
            tables.add(new Manifest.Table(source.kind(), rows));
            for (Column column : columns) {
                if (column.type() == Column.Type.FILE) {
                    files(zip, c, source, columns, column, initiativeId, files);
                }
            }
        }
        Manifest manifest = new Manifest(initiativeId, name, slug, moment, tables, files, leftOut(c));
        entry(zip, Manifest.README, manifest.readme());
        entry(zip, Manifest.JSON, manifest.json());
        zip.finish();
        zip.flush();
        return manifest;
    }

    private static long text(
            ZipOutputStream zip,
            String path,
            Connection c,
            Source source,
            List<Column> columns,
            long initiativeId,
            boolean csv)
            throws SQLException, IOException {
        zip.putNextEntry(new ZipEntry(path));
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        long count;
        try (PreparedStatement s = c.prepareStatement(select(source, columns))) {
            s.setFetchSize(FETCH);
            bind(s, source.where(), initiativeId);
            try (ResultSet rows = s.executeQuery()) {
                Iterator<Object[]> values = new RowValues(rows, columns);
                count = csv ? TableWriter.csv(writer, columns, values) : TableWriter.json(writer, columns, values);
            }
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        zip.closeEntry();
        return count;
    }

    private static void files(
            ZipOutputStream zip,
            Connection c,
            Source source,
            List<Column> columns,
            Column column,
            long initiativeId,
            Map<String, String> files)
            throws SQLException, IOException {
        String table = source.kind().table();
        String sql = "select " + filePath(table, column.name(), columns) + ", " + column.name() + " from " + table
                + " where (" + numbered(source.where()) + ") and " + column.name() + " is not null"
                + order(columns);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(1);
            bind(s, source.where(), initiativeId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String path = rows.getString(1);
                    zip.putNextEntry(new ZipEntry(path));
                    try (InputStream bytes = rows.getBinaryStream(2)) {
                        bytes.transferTo(zip);
                    }
                    zip.closeEntry();
                    files.put(path, table);
                }
            }
        }
    }

    private static void entry(ZipOutputStream zip, String path, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static List<Column> columns(Connection c, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(COLUMNS)) {
            s.setString(1, table);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    columns.add(new Column(identifier(rows.getString(1)), Column.typeOf(rows.getString(2))));
                }
            }
        }
        if (InitiativeTables.PEOPLE.table().equals(table)) {
            // of an account, only who it is: never its address, password hash or login state
            columns.removeIf(
                    column -> !column.name().equals("id") && !column.name().equals("display_name"));
        }
        return columns;
    }

    /** The select of a table's rows: dates as ISO text, a file as its path in the ZIP. */
    static String select(Source source, List<Column> columns) {
        String table = source.kind().table();
        List<String> expressions = new ArrayList<>();
        for (Column column : columns) {
            expressions.add(
                    switch (column.type()) {
                        case TEMPORAL -> "to_json(" + column.name() + ") #>> '{}'";
                        case FILE -> filePath(table, column.name(), columns);
                        default -> column.name();
                    });
        }
        return "select " + String.join(", ", expressions) + " from " + table + " where " + numbered(source.where())
                + order(columns);
    }

    /**
     * Where a file goes in the ZIP: {@code bestanden/story_photo-12-content.jpg}, its extension taken
     * from its first bytes (JPEG, PNG, anything else .bin). One expression for the table's row and
     * for the file itself, so the path in the table is always the file's.
     */
    static String filePath(String table, String column, List<Column> columns) {
        boolean hasId = columns.stream().anyMatch(c -> c.name().equals("id"));
        String id = hasId ? "id::text" : "md5(" + column + ")";
        return "case when " + column + " is null then null else '" + Manifest.FILE_FOLDER + table + "-' || " + id
                + " || '-" + column + ".' || case when substring(" + column + " from 1 for 3) = '\\xffd8ff'::bytea"
                + " then 'jpg' when substring(" + column + " from 1 for 4) = '\\x89504e47'::bytea then 'png'"
                + " else 'bin' end end";
    }

    private static String order(List<Column> columns) {
        if (columns.stream().anyMatch(c -> c.name().equals("id"))) {
            return " order by id";
        }
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
            if (columns.get(i - 1).type() != Column.Type.FILE) {
                positions.add(String.valueOf(i));
            }
        }
        return positions.isEmpty() ? "" : " order by " + String.join(", ", positions);
    }

    /** JDBC knows only "?": the people's condition names the one id three times as ?1. */
    private static String numbered(String where) {
        return where.replace("?1", "?");
    }

    private static void bind(PreparedStatement s, String where, long initiativeId) throws SQLException {
        int parameters = where.split("\\?", -1).length - 1;
        for (int i = 1; i <= parameters; i++) {
            s.setLong(i, initiativeId);
        }
    }

    private static void requireTenant(Connection c, long initiativeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select current_setting('app.tenant_id', true)");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            if (!String.valueOf(initiativeId).equals(rows.getString(1))) {
                throw new IllegalStateException("The export runs only in the initiative's own tenancy");
            }
        }
    }

    static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalStateException("Unexpected name in the catalogue: " + name);
        }
        return name;
    }

    /** A result set read as rows of values, one row at a time. */
    private static final class RowValues implements Iterator<Object[]> {

        private final ResultSet rows;
        private final List<Column> columns;
        private Boolean ready;

        RowValues(ResultSet rows, List<Column> columns) {
            this.rows = rows;
            this.columns = columns;
        }

        @Override
        public boolean hasNext() {
            if (ready == null) {
                try {
                    ready = rows.next();
                } catch (SQLException e) {
                    throw new UncheckedSqlException(e);
                }
            }
            return ready;
        }

        @Override
        public Object[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = null;
            try {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = switch (columns.get(i).type()) {
                        case NUMBER -> rows.getBigDecimal(i + 1);
                        case BOOLEAN -> rows.getObject(i + 1, Boolean.class);
                        default -> rows.getString(i + 1);
                    };
                }
                return values;
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }
    }

    private static final class UncheckedSqlException extends RuntimeException {

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
