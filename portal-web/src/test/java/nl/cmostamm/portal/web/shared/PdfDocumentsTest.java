package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Names as people write them come out of every PDF as written: letters beyond Western Europe's
 * (a volunteer called Ayşe Yılmaz, a teller called Łukasz) are drawn from an embedded font, never
 * replaced by "#", in regular and bold text alike.
 */
class PdfDocumentsTest {

    @Test
    void lettersBeyondWesternEuropeAreDrawnNotReplaced() throws IOException {
        byte[] pdf = PdfDocuments.render("""
                <html lang="nl"><head><style>body { font-family: sans-serif; } h1 { font-weight: bold; }</style></head>
                <body><h1>Ayşe Yılmaz − Łukasz</h1><p>Vrijwilliger Ayşe Yılmaz: „Hij leeft op” – Łukasz − 3</p></body></html>
                """);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ayşe Yılmaz − Łukasz"), text);
            assertTrue(text.contains("Vrijwilliger Ayşe Yılmaz: „Hij leeft op” – Łukasz − 3"), text);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(
                        font.isEmbedded(),
                        font.getName() + ": every font is embedded, so the letters look the same on every computer");
            }
        }
    }
}
