package nl.cmostamm.portal.datacollection;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.shared.CsvExport;
import nl.cmostamm.portal.shared.Input;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measurements as CSV, the way a Dutch spreadsheet saves them: semicolons, dates as 31-12-2026,
 * decimal commas. Reading is strict and complete: every row is checked and every problem reported
 * with its line number, so one upload shows everything to fix. A row with an end date must cover
 * exactly one period of its indicator's frequency; without one it is the period around its start. Commas and tabs as separators,
 * ISO dates and decimal points are accepted too, and a file saved as Windows-1252 (older Excel) is
 * read as such. The export writes the same columns, so an exported file can be imported again: the
 * column names are part of that contract, so the import takes the Dutch names (as every file had
 * before English headers were written) and the English ones alike, whatever the reader's language.
 */
public final class MeasurementCsv {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The most data rows accepted in one file. */
    public static final int MAX_ROWS = 20_000;

    /**
     * The columns by their Dutch names, which the import knows in files of any age and language.
     * A file is written with the names the bundle keys {@code measurementCsv.<column>} give in the
     * reader's language; each of those must be a name listed here or in {@link #ALIASES}.
     */
    static final List<String> HEADER =
            List.of("indicator", "periode_van", "periode_tot", "waarde", "toelichting", "bron");
    /** English headers name the same columns. */
    private static final Map<String, String> ALIASES = Map.of(
            "period_start",
            "periode_van",
            "period_end",
            "periode_tot",
            "value",
            "waarde",
            "note",
            "toelichting",
            "source",
            "bron");
    // Strict, so 31-02-2026 is refused instead of quietly becoming 28-02-2026 (the default, SMART,
    // moves an impossible day to the month's last); strict needs uuuu, as yyyy would ask for an era.
    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITTEN_DATE = Input.DUTCH_DATE;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MeasurementCsv() {}

    /** A valid row: which indicator, which period, what value. */
    public record Row(
            int line, Indicator indicator, Frequency.Period period, BigDecimal value, String note, String source) {}

    /** A refused row: its line in the file (1 is the header) and the reason's bundle key. */
    public record RowError(int line, String messageKey, String detail) implements Serializable {}

    /** The outcome of reading a file: rows when there are no errors. */
    public record Parsed(List<Row> rows, List<RowError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads a file. {@code indicators} finds an indicator by its name, ignoring case, or returns
     * null.
     */
    public static Parsed parse(byte[] content, Function<String, Indicator> indicators) {
        List<RowError> errors = new ArrayList<>();
        if (content.length == 0) {
            return refused(0, "import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            return refused(0, "import.file.tooLarge");
        }
        String text = decode(content);
        if (text == null) {
            return refused(0, "import.file.notText");
        }
        List<CSVRecord> records;
        try {
            records = format(text).parse(new StringReader(text)).getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return refused(0, "import.file.unreadable");
        }
        if (records.isEmpty()) {
            return refused(0, "import.file.empty");
        }
        Map<String, Integer> columns = columns(records.get(0));
        if (!columns.keySet().containsAll(List.of("indicator", "periode_van", "waarde"))) {
            return refused(1, "import.header.missing");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return refused(0, "import.file.tooManyRows");
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int line = (int) record.getRecordNumber();
            if (blank(record)) {
                continue;
            }
            String name = cell(record, columns, "indicator");
            Indicator indicator = name.isEmpty() ? null : indicators.apply(name);
            if (indicator == null) {
                errors.add(new RowError(
                        line, name.isEmpty() ? "import.indicator.missing" : "import.indicator.unknown", name));
                continue;
            }
            if (indicator.isComputed()) {
                errors.add(new RowError(line, "import.indicator.computed", name));
                continue;
            }
            LocalDate from = date(cell(record, columns, "periode_van"));
            String toText = cell(record, columns, "periode_tot");
            LocalDate to = toText.isEmpty() ? null : date(toText);
            if (from == null || (!toText.isEmpty() && to == null)) {
                errors.add(new RowError(
                        line, "import.date.invalid", from == null ? cell(record, columns, "periode_van") : toText));
                continue;
            }
            Frequency.Period period =
                    to == null ? indicator.getFrequency().periodOf(from) : new Frequency.Period(from, to);
            if (period.end().isBefore(period.start())) {
                errors.add(new RowError(line, "import.period.order", toText));
                continue;
            }
            Frequency frequency = indicator.getFrequency();
            if (!frequency.fits(period)) {
                Frequency.Period expected = frequency.periodOf(from);
                errors.add(new RowError(
                        line,
                        "import.period.frequency." + frequency.name(),
                        WRITTEN_DATE.format(expected.start()) + " – " + WRITTEN_DATE.format(expected.end())));
                continue;
            }
            String valueText = cell(record, columns, "waarde");
            BigDecimal value = Input.number(valueText);
            if (value == null) {
                errors.add(new RowError(
                        line, valueText.isEmpty() ? "measurement.value.required" : "import.value.invalid", valueText));
                continue;
            }
            String refusal = indicator.refusal(value);
            if (refusal != null) {
                errors.add(new RowError(line, refusal, valueText));
                continue;
            }
            String note = cell(record, columns, "toelichting");
            String source = cell(record, columns, "bron");
            if (note.length() > 1000 || source.length() > 200) {
                errors.add(new RowError(line, "import.text.tooLong", ""));
                continue;
            }
            if (!seen.add(indicator.getName().toLowerCase(Locale.ROOT) + "/" + period.start())) {
                errors.add(new RowError(line, "import.row.duplicate", name));
                continue;
            }
            rows.add(new Row(
                    line, indicator, period, value, note.isEmpty() ? null : note, source.isEmpty() ? null : source));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            return refused(0, "import.file.noRows");
        }
        return new Parsed(errors.isEmpty() ? rows : List.of(), errors);
    }

    /**
     * A template: the header and one example row per indicator, with the current month. {@code
     * text} gives the bundle text of a key in the reader's language.
     */
    public static byte[] template(List<Indicator> indicators, LocalDate today, Function<String, String> text) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Frequency.Period period = indicator.getFrequency().periodOf(today);
            rows.add(List.of(
                    indicator.getName(),
                    WRITTEN_DATE.format(period.start()),
                    WRITTEN_DATE.format(period.end()),
                    "",
                    "",
                    ""));
        }
        return write(rows, text);
    }

    /** All measurements in the import format, the header in the reader's language. */
    public static byte[] export(List<Measurement> measurements, Function<String, String> text) {
        List<List<String>> rows = new ArrayList<>();
        for (Measurement m : measurements) {
            rows.add(List.of(
                    m.getIndicator().getName(),
                    WRITTEN_DATE.format(m.getPeriodStart()),
                    WRITTEN_DATE.format(m.getPeriodEnd()),
                    m.getValue().stripTrailingZeros().toPlainString().replace('.', ','),
                    m.getNote() == null ? "" : m.getNote(),
                    m.getSource() == null ? "" : m.getSource()));
        }
        return write(rows, text);
    }

    private static byte[] write(List<List<String>> rows, Function<String, String> text) {
        return CsvExport.write(
                HEADER.stream()
                        .map(column -> text.apply("measurementCsv." + column))
                        .toList(),
                rows);
    }

    private static Parsed refused(int line, String key) {
        return new Parsed(List.of(), List.of(new RowError(line, key, "")));
    }

    /** UTF-8 (with or without byte order mark), else Windows-1252; null for binary content. */
    private static String decode(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return null;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static CSVFormat format(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char delimiter = ';';
        long best = header.chars().filter(c -> c == ';').count();
        for (char candidate : new char[] {',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > best) {
                best = count;
                delimiter = candidate;
            }
        }
        return CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            columns.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(DUTCH_DATE, SLASHED_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
