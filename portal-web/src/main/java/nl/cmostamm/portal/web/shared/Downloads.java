package nl.cmostamm.portal.web.shared;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A file that a page hands out (an export, a template, a report), named in the reader's language
 * from the {@code file.*} keys of the {@code text} bundle. The content is made before the download
 * starts, so a failure shows as a message on the page instead of a broken file.
 */
public final class Downloads {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PDF = "application/pdf";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String PNG = "image/png";
    private static final String SVG = "image/svg+xml";

    private Downloads() {}

    /**
     * The name of today's file of {@code key}: antwoorden-2026-12-31. The date is ISO, so a folder of
     * exports sorts by date in either language.
     */
    public static String dated(String key) {
        return Texts.text(key) + "-" + LocalDate.now();
    }

    /**
     * As {@link #dated(String)}, with the number of the one thing it is of ({@code
     * sroi-analyse-12-2026-11-30}), so two downloads of one day do not replace each other.
     */
    public static String dated(String key, long number) {
        return Texts.text(key) + "-" + number + "-" + LocalDate.now();
    }

    /** {@code name}: the file's name without extension. */
    public static StreamedContent csv(byte[] content, String name) {
        return of(content, name + ".csv", CSV);
    }

    public static StreamedContent excel(byte[] content, String name) {
        return of(content, name + ".xlsx", XLSX);
    }

    public static StreamedContent pdf(byte[] content, String name) {
        return of(content, name + ".pdf", PDF);
    }

    public static StreamedContent json(byte[] content, String name) {
        return of(content, name + ".json", JSON);
    }

    public static StreamedContent png(byte[] content, String name) {
        return of(content, name + ".png", PNG);
    }

    public static StreamedContent svg(byte[] content, String name) {
        return of(content, name + ".svg", SVG);
    }

    private static StreamedContent of(byte[] content, String name, String contentType) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(contentType)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
