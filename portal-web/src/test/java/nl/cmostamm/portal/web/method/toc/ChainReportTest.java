package nl.cmostamm.portal.web.method.toc;

import static nl.cmostamm.portal.web.method.toc.ChainSamples.DUTCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF for A4 landscape: the diagram on the first page, then the elements and the links with their assumptions. */
class ChainReportTest {

    private static PDDocument helpDesk;

    @BeforeAll
    static void printTheHelpDesk() throws IOException {
        helpDesk = Loader.loadPDF(ChainReport.pdf(
                ChainSamples.helpDesk(),
                "Dorpsloket Middelstum",
                "Huidige versie, 12-05-2026",
                DUTCH,
                ChainSamples.text(DUTCH)));
    }

    @Test
    void everyPageIsA4Landscape() {
        assertTrue(helpDesk.getNumberOfPages() >= 2);
        for (var page : helpDesk.getPages()) {
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getWidth(), 1);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getHeight(), 1);
        }
    }

    @Test
    void theFirstPageIsTheDiagramUnderItsTitle() throws IOException {
        String first = text(helpDesk, 1, 1);

        assertTrue(first.contains("Verandertheorie – Dorpsloket Middelstum"), first);
        assertTrue(first.contains("Huidige versie, 12-05-2026"), first);
        assertTrue(!first.contains("Onderdelen per niveau"), "the list starts on the next page");
        assertTrue(
                helpDesk.getPage(0).getResources().getXObjectNames().iterator().hasNext()
                        || helpDesk.getPage(0).getContents().readAllBytes().length > 20_000,
                "the diagram is drawn on the first page");
    }

    @Test
    void theListHasEveryLevelElementEvidenceAndNumberedAssumption() throws IOException {
        String list = text(helpDesk, 2, helpDesk.getNumberOfPages());

        for (String level : List.of("PROBLEEM", "DOEL", "INPUT", "AANPAK", "OUTPUT", "OUTCOME", "IMPACT")) {
            assertTrue(list.contains(level), level);
        }
        assertTrue(list.contains("Ouderen voelen zich minder eenzaam"));
        assertTrue(list.contains("Voelt zich minder eenzaam: 58 / 70% – Meer dan halverwege"), list);
        assertTrue(list.contains("Nog een aanname: er zijn nog geen gegevens gekoppeld."));
        assertTrue(list.contains("5 verhalen met toestemming voor rapportages"));
        assertTrue(list.contains("A2"));
        assertTrue(list.contains("Wie regelmatig komt, bouwt nieuwe contacten op"));
        assertTrue(list.contains("Gemiddeld"));
    }

    @Test
    void aTitleWithMarkupComesOutAsText() throws IOException {
        String evil = "<script>alert('x')</script> & <b>vet</b>";
        Chain chain = new Chain(
                List.of(ChainSamples.plain(1, Level.PROBLEM, evil), ChainSamples.plain(2, Level.GOAL, "Doel")),
                List.of(new Chain.Link(1, 1, 2, "<i>aanname</i>", Confidence.HIGH, "&amp;")));

        try (PDDocument pdf = Loader.loadPDF(ChainReport.pdf(chain, "<Dorp>", "v1", DUTCH, ChainSamples.text(DUTCH)))) {
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertTrue(all.contains(evil), all);
            assertTrue(all.contains("<i>aanname</i>"));
            assertTrue(all.contains("&amp;"));
            assertTrue(all.contains("<Dorp>"));
        }
    }

    @Test
    void anEmptyChainStillPrints() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(
                ChainReport.pdf(new Chain(List.of(), List.of()), "Dorp", "v1", DUTCH, ChainSamples.text(DUTCH)))) {
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertTrue(all.contains("Hier staat nog niets."));
            assertTrue(all.contains("Er zijn nog geen verbanden."));
        }
    }

    private static String text(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        // one space for every run of white space: a table cell wraps its text where it likes
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
