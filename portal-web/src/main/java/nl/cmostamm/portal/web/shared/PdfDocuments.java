package nl.cmostamm.portal.web.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Printable documents (the logbook's annual overview, the Theory of Change, SROI reports, MSC
 * letters) rendered from XHTML by openhtmltopdf. The callers build the XHTML with every text from
 * the database escaped.
 *
 * <p>PDF's built-in Helvetica knows only Western European letters, so a name such as Ayşe or Łukasz
 * came out as "Ay#e" and "#ukasz". Every document therefore embeds DejaVu Sans (regular, bold,
 * italic; Debian's {@code fonts-dejavu-core}, which {@code .ci/run} installs) as its sans-serif,
 * and, where those files are missing, falls back to the Liberation Sans that PDFBox carries for
 * the characters Helvetica lacks.
 */
public final class PdfDocuments {

    private PdfDocuments() {}

    public static byte[] render(String xhtml) {
        return render(xhtml, builder -> {});
    }

    /**
     * As {@link #render(String)}, but tagged and accessible: PDF/UA (a structure tree from the
     * markup's headings, paragraphs, lists and images, the document's language from {@code <html
     * lang>} and its title from {@code <title>}, shown as the window title) and PDF/A-3u for keeping.
     * The XHTML must give every {@code <img>} an {@code alt}. openhtmltopdf refuses to fall back to
     * the PDF's built-in fonts in this mode, so every glyph comes from the embedded DejaVu Sans.
     * Slower than a plain document, so only documents that are handed out (the fact sheet) use it.
     */
    public static byte[] renderAccessible(String xhtml) {
        return render(xhtml, PdfDocuments::accessible);
    }

    private static void accessible(PdfRendererBuilder builder) {
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(Srgb.PROFILE);
    }

    /** The sRGB colour profile PDF/A asks for, from the JDK, read when first needed. */
    private static final class Srgb {
        static final byte[] PROFILE =
                ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** {@code setUp} adds what a document needs besides the defaults, such as a drawer for SVG. */
    public static byte[] render(String xhtml, Consumer<PdfRendererBuilder> setUp) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            useFonts(builder);
            setUp.accept(builder);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where DejaVu Sans is installed on Debian and Ubuntu, and on Fedora and its kin. */
    private static final List<String> FONT_DIRECTORIES = List.of(
            "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu-sans-fonts", "/usr/share/fonts/dejavu");

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private record Face(String file, int weight, FontStyle style) {}

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private static void useFonts(PdfRendererBuilder builder) {
        for (String directory : FONT_DIRECTORIES) {
            if (new File(directory, FACES.get(0).file()).isFile()) {
                for (Face face : FACES) {
                    File file = new File(directory, face.file());
                    if (file.isFile()) {
                        // a fallback tried before the built-in fonts: so it stands in for "sans-serif"
                        builder.useFont(
                                file,
                                "DejaVu Sans",
                                face.weight(),
                                face.style(),
                                true,
                                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
                    }
                }
                return;
            }
        }
        builder.useFont(
                () -> PDDocument.class.getResourceAsStream(LIBERATION),
                "Liberation Sans",
                400,
                FontStyle.NORMAL,
                true,
                EnumSet.of(FSFontUseCase.FALLBACK_PRE));
    }

    /** An A4 report's page (numbered), type and headings, as the insight report and workshop results share them. */
    public static final String REPORT_STYLE = """
            @page { size: A4; margin: 18mm 16mm 18mm 16mm;
                    @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #52606d; } }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; color: #1f2933; }
            h1 { font-size: 18pt; color: #1d4f91; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; color: #1d4f91; margin: 7mm 0 2mm 0; border-bottom: 0.5pt solid #9fb3c8; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            .meta { color: #52606d; }
            """;

    /**
     * The start of a document up to its body: the language, and the title and subject that readers
     * of a tagged PDF announce (with the author when there is one), then its style. Every value is
     * escaped here.
     */
    public static StringBuilder begin(String language, String title, String author, String css) {
        StringBuilder b = new StringBuilder(16384);
        b.append("<!DOCTYPE html>\n<html lang=\"")
                .append(xml(language))
                .append("\" xml:lang=\"")
                .append(xml(language))
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(xml(title))
                .append("</title><meta name=\"subject\" content=\"")
                .append(xml(title))
                .append("\"/>");
        if (author != null) {
            b.append("<meta name=\"author\" content=\"").append(xml(author)).append("\"/>");
        }
        return b.append("<style>").append(css).append("</style></head><body>");
    }

    /**
     * {@code value} as XML text or attribute content: markup escaped, and characters XML cannot
     * hold replaced, so nobody's typed text can break or add to a report's markup.
     */
    public static String xml(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || Character.isSurrogate(c)
                            || c == 0xFFFE
                            || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
