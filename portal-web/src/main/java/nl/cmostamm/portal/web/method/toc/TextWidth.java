package nl.cmostamm.portal.web.method.toc;

import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * How wide a text will be in the diagram, and the text wrapped into lines of a width. SVG cannot wrap
 * text itself, so the diagram breaks lines here and sizes each box to its lines.
 *
 * <p>The widths are Helvetica's (Arial and Liberation Sans have the same), read from the font
 * metrics PDFBox ships, so the result does not depend on the fonts of the machine. A server without
 * those fonts draws the PNG and PDF in DejaVu Sans, which runs about 14% wider (20% in bold); {@link #ROOM} keeps
 * that much room, so a line never runs out of its box whichever of them draws it.
 */
final class TextWidth {

    /** DejaVu Sans over Helvetica, for the same text, in regular and in bold. */
    private static final double ROOM = 1.14;

    private static final double ROOM_BOLD = 1.22;

    private static final FontMetrics REGULAR = Standard14Fonts.getAFM("Helvetica");
    private static final FontMetrics BOLD = Standard14Fonts.getAFM("Helvetica-Bold");
    private static final GlyphList GLYPHS = GlyphList.getAdobeGlyphList();

    private TextWidth() {}

    /** The width of {@code text} at {@code size} (in the diagram's units). */
    static double of(String text, double size, boolean bold) {
        FontMetrics metrics = bold ? BOLD : REGULAR;
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            float width = metrics.getCharacterWidth(GLYPHS.codePointToName(codePoint));
            // a character Helvetica lacks (another script, an emoji) is drawn from a fallback font: count a full em
            units += width > 0 ? width : 1000;
        }
        return units / 1000 * size * (bold ? ROOM_BOLD : ROOM);
    }

    /**
     * The text in lines no wider than {@code width}: broken between words, and inside a word only
     * when the word alone is wider than a line. Nothing is left out; runs of white space become one
     * space.
     */
    static List<String> wrap(String text, double width, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (of(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (of(rest, size, bold) > width) {
                int cut = longestFittingPrefix(rest, width, size, bold);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** At least one character, so even a line narrower than one letter makes progress. */
    private static int longestFittingPrefix(String word, double width, double size, boolean bold) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (of(word.substring(0, next), size, bold) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
