package nl.cmostamm.portal.departure;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.cmostamm.portal.shared.CsvExport;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one table's rows as CSV and as JSON, row by row, so a table of any size passes through
 * without being held. The CSV is the portal's one CSV ({@link CsvExport}: a header row, every cell
 * defused so that nothing runs as a formula); the JSON is an array with one object per row, every
 * column by its own name, numbers as numbers, references as the ids they are. A value is a
 * {@link BigDecimal} for a number, a {@link Boolean}, or text.
 */
final class TableWriter {

    private TableWriter() {}

    /** Writes the CSV to {@code out}, which stays open; returns the number of rows. */
    static long csv(Writer out, List<Column> columns, Iterator<Object[]> rows) {
        Writer shielded = new OpenWriter(out);
        long count = 0;
        try {
            CSVPrinter printer =
                    CsvExport.open(shielded, columns.stream().map(Column::name).toList());
            while (rows.hasNext()) {
                Object[] row = rows.next();
                List<String> cells = new ArrayList<>(row.length);
                for (Object value : row) {
                    cells.add(cell(value));
                }
                CsvExport.print(printer, cells);
                count++;
            }
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Writes the JSON array to {@code out}, which stays open; returns the number of rows. */
    static long json(Writer out, List<Column> columns, Iterator<Object[]> rows) {
        long count = 0;
        try (JsonGenerator json = Json.createGenerator(new OpenWriter(out))) {
            json.writeStartArray();
            while (rows.hasNext()) {
                Object[] row = rows.next();
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    String name = columns.get(i).name();
                    Object value = row[i];
                    if (value == null) {
                        json.writeNull(name);
                    } else if (value instanceof BigDecimal number) {
                        json.write(name, number);
                    } else if (value instanceof Boolean yes) {
                        json.write(name, yes);
                    } else {
                        json.write(name, value.toString());
                    }
                }
                json.writeEnd();
                count++;
            }
            json.writeEnd();
        }
        return count;
    }

    /** A value as a CSV cell: a number in full (never 1E+3), yes/no as true/false, nothing as empty. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value.toString();
    }

    /** The writer of one ZIP entry: flushed, never closed, since the ZIP goes on after it. */
    static final class OpenWriter extends FilterWriter {

        OpenWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
