package nl.cmostamm.portal.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.sroi.FinalRatio;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.report.factsheet.FactSheetContent;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.ChainStep;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Figure;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.GoalLine;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Lamp;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Logo;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.PublishedStory;
import nl.cmostamm.portal.report.factsheet.KeyFigure;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.story.TellerRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The fact sheet is one designed A4 page that a screen reader can read: tagged (a structure tree,
 * marked content), in its own language, titled, every font embedded; typed text is shown as text,
 * never as markup, and never cut to make it fit.
 */
public class FactSheetDocumentTest {

    /** The longest mission the portal accepts, and long stories: the sheet must still be one page. */
    @Test
    void aFullSheetWithTheLongestMissionIsOneTaggedDutchPage() throws IOException {
        FactSheetContent content = full(Language.NL, "x".repeat(0) + words(4000));

        FactSheetDocument.Made made = FactSheetDocument.make(content);

        assertTrue(made.fits(), "one page, at a smaller type if need be");
        try (PDDocument pdf = Loader.loadPDF(made.pdf())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertAccessible(pdf, "nl");
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            assertTrue(text.contains("Dorpshuis Smilde"), text);
            assertTrue(text.contains("Onze missie"), text);
            assertTrue(text.contains("Streefwaarde gehaald"), "lights in words, not colour alone");
            assertTrue(text.contains("1 : 4,20"), "the SROI ratio in Dutch notation");
            assertTrue(text.contains("Ook aan tafel"), "the story's title");
        }
    }

    @Test
    void anEnglishSheetSaysSoInItsLanguage() throws IOException {
        FactSheetDocument.Made made =
                FactSheetDocument.make(full(Language.EN, "Belonging, taking part and mattering."));

        try (PDDocument pdf = Loader.loadPDF(made.pdf())) {
            assertAccessible(pdf, "en");
            String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            assertTrue(text.contains("Our mission"), text);
            assertTrue(text.contains("Target reached") || text.contains("reached"), text);
        }
    }

    @Test
    void typedTextIsEscapedNeverMarkup() {
        FactSheetContent content = new FactSheetContent(
                Language.NL,
                "Dorp & <b>Huis</b>",
                "Midden-Drenthe",
                "Samen <script>alert('x')</script> & verder",
                List.of(new Figure(KeyFigure.VOLUNTEERS, BigDecimal.TEN)),
                List.of(new GoalLine("Doel <i>één</i>", List.of(new Lamp("<img src=x>", Light.RED)))),
                List.of(new PublishedStory(
                        7, "Titel \"x\"", "Tekst </p><h1>kop</h1>", TellerRole.RESIDENT, "<Ans>", null)),
                List.of(),
                null,
                null,
                "mail <a href='x'>hier</a>",
                LocalDate.of(2026, 11, 30));

        String html = FactSheetDocument.html(content, 1.0, null);

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>Huis"), html);
        assertFalse(html.contains("<img src=x>"), html);
        assertFalse(html.contains("<h1>kop"), html);
        assertFalse(html.contains("<a href='x'>"), html);
        assertTrue(html.contains("Samen &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; verder"), html);
        assertTrue(html.contains("Dorp &amp; &lt;b&gt;Huis&lt;/b&gt;"), html);
        // still a document openhtmltopdf can read: a stray "<" in a text would make it fail
        assertNotNull(FactSheetDocument.make(content).pdf());
    }

    @Test
    void aSheetThatCannotFitSaysSoInsteadOfCuttingText() {
        List<PublishedStory> stories = List.of(
                new PublishedStory(1, "Lang", words(20000), TellerRole.PARTICIPANT, null, null),
                new PublishedStory(2, "Lang", words(20000), TellerRole.PARTICIPANT, null, null));
        FactSheetContent content = new FactSheetContent(
                Language.NL,
                "Dorpshuis",
                "Midden-Drenthe",
                words(4000),
                List.of(new Figure(KeyFigure.STORIES, BigDecimal.ONE)),
                List.of(),
                stories,
                List.of(),
                null,
                null,
                null,
                LocalDate.of(2026, 11, 30));

        FactSheetDocument.Made made = FactSheetDocument.make(content);

        assertFalse(made.fits());
        assertTrue(made.pages() > 1);
    }

    @Test
    void theWebPageIsTheSameSheetWithALinkToItsPdfAndNoIndexing() {
        String page = FactSheetDocument.webPage(full(Language.NL, "Samen."), "/portal/feitenblad/abc.pdf");

        assertTrue(page.contains("<html lang=\"nl\""), page);
        assertTrue(page.contains("href=\"/portal/feitenblad/abc.pdf\""), page);
        assertTrue(page.contains("noindex"), page);
        assertTrue(page.contains("Dorpshuis Smilde"), page);
    }

    // --- checks

    /** What PDF/UA asks of the document as a whole, checked with PDFBox; every accessible document's test uses it. */
    public static void assertAccessible(PDDocument pdf, String language) throws IOException {
        var catalog = pdf.getDocumentCatalog();
        assertNotNull(catalog.getStructureTreeRoot(), "tagged: a structure tree");
        assertNotNull(catalog.getMarkInfo(), "tagged: MarkInfo");
        assertTrue(catalog.getMarkInfo().isMarked(), "tagged: Marked true");
        assertNotNull(catalog.getLanguage(), "the document's language is set");
        assertTrue(catalog.getLanguage().toLowerCase().startsWith(language), catalog.getLanguage());
        String title = pdf.getDocumentInformation().getTitle();
        assertNotNull(title, "a title");
        assertFalse(title.isBlank());
        assertTrue(
                catalog.getViewerPreferences() != null
                        && catalog.getViewerPreferences().displayDocTitle(),
                "the title, not the file name, in the window");
        for (PDPage page : pdf.getPages()) {
            assertEmbedded(page.getResources());
        }
    }

    private static void assertEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is embedded (no built-in PDF font)");
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                assertEmbedded(form.getResources());
            }
        }
    }

    // --- samples

    static FactSheetContent full(Language language, String mission) {
        List<Figure> figures = Arrays.stream(KeyFigure.values())
                .limit(KeyFigure.MAX)
                .map(key -> new Figure(key, new BigDecimal("1234")))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        figures.set(5, new Figure(KeyFigure.SROI_RATIO, new BigDecimal("4.2")));
        List<GoalLine> goals = List.of(
                new GoalLine(
                        "Meer inwoners doen mee aan het dorpsleven",
                        List.of(new Lamp("Deelnemers per maand", Light.GREEN), new Lamp("Wachtlijst", Light.ORANGE))),
                new GoalLine("Minder eenzaamheid", List.of(new Lamp("Eenzaamheidsscore", Light.RED))),
                new GoalLine("Jongeren in het bestuur", List.of(new Lamp("Jonge bestuursleden", Light.GREY))),
                new GoalLine("Een betaalbare maaltijd", List.of()));
        List<PublishedStory> stories = List.of(
                new PublishedStory(
                        1, "Ook aan tafel", words(600), TellerRole.PARTICIPANT, "Ans", LocalDate.of(2025, 3, 1)),
                new PublishedStory(
                        2, "De weggeefwinkel", words(500), TellerRole.VOLUNTEER, null, LocalDate.of(2025, 5, 1)),
                new PublishedStory(3, "Mijn eerste workshop", words(500), TellerRole.RESIDENT, "Kees", null));
        List<ChainStep> chain = Arrays.stream(Level.values())
                .map(level -> new ChainStep(level, List.of("Een element van " + level, "Nog een element")))
                .toList();
        return new FactSheetContent(
                language,
                "Dorpshuis Smilde",
                "Midden-Drenthe",
                mission,
                figures,
                goals,
                stories,
                chain,
                new FinalRatio(
                        "Maatschappelijke waarde 2023",
                        new BigDecimal("4.2"),
                        new BigDecimal("3.1"),
                        new BigDecimal("5.3"),
                        LocalDate.of(2023, 11, 1)),
                new Logo("image/png", logo()),
                "Dorpshuis Smilde · info@dorpshuissmilde.nl · 0592 123 456",
                LocalDate.of(2026, 11, 30));
    }

    /** Dutch-looking words up to exactly {@code length} characters. */
    static String words(int length) {
        String sentence = "Samen zorgen we dat iedereen erbij hoort, meedoet en ertoe doet in het dorp. ";
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(sentence);
        }
        return text.substring(0, length);
    }

    private static byte[] logo() {
        try {
            BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(java.awt.Color.ORANGE);
            g.fillRect(0, 0, 120, 60);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
