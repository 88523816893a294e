package nl.cmostamm.portal.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the portal hands out, written one way: as a Dutch spreadsheet saves it (semicolons,
 * CRLF, a byte order mark so Excel reads UTF-8), and with every cell, the header included, passed
 * through {@link #defused(String)}. Cells come from people outside the board too (an anonymous
 * survey answer can become a story), so writing them through this one class is what keeps a cell
 * from running as a formula on the computer of whoever opens the export.
 */
public final class CsvExport {

    /** A plain number, which a leading minus must not turn into text. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}([.,]\\d+)?");
    /**
     * What makes Excel, LibreOffice or Google Sheets start a formula in the first position (OWASP's
     * CSV injection list), with the full-width forms that Excel also takes for {@code = + - @}.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvExport() {}

    /** The file: the header and the rows, each cell defused. */
    public static byte[] write(List<String> header, List<? extends List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = open(out, header)) {
            for (List<String> row : rows) {
                print(printer, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * As {@link #write}, for a file too large to hold: the byte order mark and the header go to
     * {@code out} at once, each row as it is {@linkplain #print printed}. Closing the printer closes
     * {@code out}.
     */
    public static CSVPrinter open(Writer out, List<String> header) throws IOException {
        out.write('\uFEFF');
        return new CSVPrinter(
                out,
                CSVFormat.Builder.create()
                        .setDelimiter(';')
                        .setRecordSeparator("\r\n")
                        .setHeader(header.stream().map(CsvExport::defused).toArray(String[]::new))
                        .get());
    }

    /** One row of a file {@linkplain #open opened} here, each cell defused. */
    public static void print(CSVPrinter printer, List<String> row) throws IOException {
        printer.printRecord(row.stream().map(CsvExport::defused).toList());
    }

    /**
     * A cell a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets
     * show as text. A negative number such as {@code -3,5} stays a number.
     */
    public static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }
}
