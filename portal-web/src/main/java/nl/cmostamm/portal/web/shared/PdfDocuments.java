package nl.cmostamm.portal.web.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Printable documents (the logbook's annual overview, the Theory of Change) rendered from XHTML by
 * openhtmltopdf. The callers build the XHTML with every text from the database escaped.
 */
public final class PdfDocuments {

    private PdfDocuments() {}

    public static byte[] render(String xhtml) {
        return render(xhtml, builder -> {});
    }

    /** {@code setUp} adds what a document needs besides the defaults, such as a drawer for SVG. */
    public static byte[] render(String xhtml, Consumer<PdfRendererBuilder> setUp) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            setUp.accept(builder);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
