package nl.cmostamm.portal.web.workshop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.web.report.FactSheetDocumentTest;
import nl.cmostamm.portal.workshop.StepResults;
import nl.cmostamm.portal.workshop.WorkshopSamples;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A session's results as the group receives them: a tagged PDF with every step's title and figures
 * in the form of its kind, the presenter's picks and groups in words, and no participant's name nor
 * anything the presenter hid; exercise texts in the session's language, labels in the reader's.
 */
class WorkshopResultsDocumentTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void aDutchDocumentShowsEveryStepWithTheFiguresOfItsKind() throws IOException {
        WorkshopSession session = WorkshopSamples.session(Language.NL);

        String text = text(WorkshopResultsDocument.pdf(session, WorkshopSamples.results(session), DUTCH), "nl");

        assertContains(text, "Resultaten van Toekomst van de buurtkamer");
        assertContains(text, "Bijeenkomst van 01-12-2026 19:30 · 3 deelnemers");
        assertContains(text, "Wie doet mee?");
        assertContains(text, "Keuzes maken");
        assertContains(text, "Stap 1: Noem belanghebbenden");
        assertContains(text, "Instructie bij Noem belanghebbenden");
        assertContains(text, "Geantwoord: 2 van 3 deelnemers");
        // items: said twice and once grouped with it, the pick and the group in words
        assertContains(text, "Gemeente (gekozen; samen met: Wethouder) 2");
        assertContains(text, "Huisarts 1");
        // canvas: the columns, the rows, the notes in their cells
        assertContains(text, "Weinig invloed Veel invloed");
        assertContains(text, "Veel belang Wethouder (gekozen; groep: Overheid)");
        assertContains(text, "Weinig belang Buren");
        // choice and scale: counts per option, the mean in Dutch notation
        assertContains(text, "Ja 2");
        assertContains(text, "Nee 1");
        assertContains(text, "Weet niet 0");
        assertContains(text, "Gemiddeld: 3,5");
        // ranking: best mean place first, with its times first
        assertContains(text, "Mensen 1,0 2");
        // text: escaped, never markup
        assertContains(text, "Meer <b>ontmoeting</b> & koffie");
    }

    @Test
    void theSharedDocumentNamesNobodyAndLeavesOutWhatThePresenterHid() throws IOException {
        WorkshopSession session = WorkshopSamples.session(Language.NL);

        String text = text(WorkshopResultsDocument.pdf(session, WorkshopSamples.results(session), DUTCH), "nl");

        for (String name : WorkshopSamples.NAMES) {
            assertFalse(text.contains(name), name + " in: " + text);
        }
        assertFalse(text.contains("Geheime tip"), text);
        assertFalse(text.contains("Verborgen briefje"), text);
        assertFalse(text.contains("Iets kwetsends"), text);
    }

    @Test
    void anEnglishReaderOfADutchSessionReadsEnglishLabelsAndTheDutchExercises() throws IOException {
        WorkshopSession session = WorkshopSamples.session(Language.NL);

        String text =
                text(WorkshopResultsDocument.pdf(session, WorkshopSamples.results(session), Locale.ENGLISH), "en");

        assertContains(text, "Results of Toekomst van de buurtkamer");
        assertContains(text, "Session of 01-12-2026 19:30 · 3 participants");
        assertContains(text, "Step 3: Doorgaan?");
        assertContains(text, "Gemeente (picked; together with: Wethouder) 2");
        assertContains(text, "Mean: 3,5");
    }

    @Test
    void anEnglishSessionShowsItsExercisesInEnglish() throws IOException {
        WorkshopSession session = WorkshopSamples.session(Language.EN);

        String text = text(WorkshopResultsDocument.pdf(session, WorkshopSamples.results(session), DUTCH), "nl");

        assertContains(text, "Who takes part?");
        assertContains(text, "Stap 3: Carry on?");
        assertContains(text, "Yes 2");
        assertContains(text, "People 1,0 2");
        assertContains(text, "Much interest Wethouder");
    }

    @Test
    void aStepNobodyAnsweredSaysSo() throws IOException {
        WorkshopSession session = WorkshopSamples.session(Language.NL);

        String text = text(WorkshopResultsDocument.pdf(session, WorkshopSamples.unanswered(session), DUTCH), "nl");

        assertContains(text, "niemand deed mee");
        assertContains(text, "Op deze stap is niet geantwoord.");
        assertFalse(text.contains("Gemiddeld"), text);
    }

    @Test
    void afterTheRetentionPeriodTheDocumentSaysTheAnswersAreGone() throws IOException {
        WorkshopSession session = WorkshopSamples.session(Language.NL);
        WorkshopSamples.forgetAnswers(session);

        String text = text(WorkshopResultsDocument.pdf(session, WorkshopSamples.unanswered(session), DUTCH), "nl");

        assertContains(
                text,
                "De antwoorden van deze bijeenkomst zijn op "
                        + LocalDate.now(WorkshopService.ZONE).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                        + " verwijderd");
    }

    @Test
    void typedTextIsEscapedNeverMarkup() {
        WorkshopSession session = WorkshopSamples.session(Language.NL);
        session.setTitle("Avond <script>alert(1)</script> & meer");
        List<StepResults> results = WorkshopSamples.results(session);

        String html = WorkshopResultsDocument.html(session, results, DUTCH);

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>ontmoeting"), html);
        assertTrue(html.contains("Avond &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer"), html);
        assertTrue(html.contains("Meer &lt;b&gt;ontmoeting&lt;/b&gt; &amp; koffie"), html);
    }

    /** The document's text with its lines joined, after checking what PDF/UA asks of it. */
    private static String text(byte[] pdf, String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            FactSheetDocumentTest.assertAccessible(document, language);
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "'" + expected + "' in: " + text);
    }
}
