package nl.cmostamm.portal.departure;

import java.util.Locale;

/**
 * A column of an exported table, as the catalogue names it, with how its values are written: a
 * number stays a number and a yes/no a boolean in the JSON file, a file's bytes are written beside
 * the tables and replaced by the file's path in both the CSV and the JSON.
 */
record Column(String name, Type type) {

    enum Type {
        NUMBER,
        BOOLEAN,
        /** Dates and times are read as ISO 8601 text. */
        TEMPORAL,
        FILE,
        TEXT
    }

    /** The type of a column of PostgreSQL type {@code dataType} ({@code information_schema.columns.data_type}). */
    static Type typeOf(String dataType) {
        String type = dataType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> Type.NUMBER;
            case "boolean" -> Type.BOOLEAN;
            case "bytea" -> Type.FILE;
            default ->
                type.startsWith("date") || type.startsWith("timestamp") || type.startsWith("time")
                        ? Type.TEMPORAL
                        : Type.TEXT;
        };
    }
}
