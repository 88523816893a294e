package nl.cmostamm.portal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.person.PersonDataset;
import nl.cmostamm.portal.web.report.FactSheetDocumentTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A person's data as the PDF they receive: tagged and accessible in Dutch and in English, every
 * ticked record under its initiative with every field labelled in the reader's language, typed text
 * escaped, and the person named in the contents only: the title and subject, which travel in file
 * lists and mail, hold just the request's reference.
 */
class PersonDataDocumentTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void aDutchDocumentHoldsEveryRecordWithEveryFieldUnderItsInitiative() throws IOException {
        String text = text(PersonDataDocument.pdf(PersonDataSamples.dataset(), DUTCH), "nl");

        assertContains(text, "Persoonsgegevens, verzoek AVG-2026-014");
        assertContains(text, "Gemaakt op 30-11-2026 15:05 · 3 gegevens");
        assertContains(text, "Buiten de initiatieven (accounts en workshops)");
        assertContains(text, "Dorpsloket Middelstum");
        assertContains(text, "E-mailadres " + PersonDataSamples.EMAIL);
        assertContains(text, "Telefoon " + PersonDataSamples.PHONE);
        assertContains(text, "Actief sinds 01-05-2025");
        assertContains(text, "Vaardigheden (leeg)");
        assertContains(text, "Gegeven hulp");
        assertContains(text, "02-11-2026 Vervoer Afgerond 2,50");
        assertContains(text, "Toestemming: publicatie Nee");
        assertContains(text, "Actief Ja");
    }

    @Test
    void anEnglishDocumentSpeaksEnglishAroundTheSameData() throws IOException {
        String text = text(PersonDataDocument.pdf(PersonDataSamples.dataset(), Locale.ENGLISH), "en");

        assertContains(text, "Personal data, request AVG-2026-014");
        assertContains(text, "Made on 30-11-2026 15:05 · 3 records");
        assertContains(text, "Outside the initiatives (accounts and workshops)");
        assertContains(text, "Phone " + PersonDataSamples.PHONE);
        assertContains(text, "Help given");
        assertContains(text, "Consent: publication No");
    }

    @Test
    void typedTextIsEscapedAndKeepsItsLineBreaks() throws IOException {
        String html = PersonDataDocument.html(PersonDataSamples.dataset(), DUTCH);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>Visser"), html);
        assertTrue(html.contains("Hilje &lt;b&gt;Visser&lt;/b&gt; &amp; Co"), html);
        assertTrue(html.contains("Eerste regel<br/>Tweede regel met &lt;script&gt;"), html);

        String text = text(PersonDataDocument.pdf(PersonDataSamples.dataset(), DUTCH), "nl");
        assertContains(text, "Naam " + PersonDataSamples.NAME);
    }

    @Test
    void theTitleAndSubjectNameTheReferenceOnlyNeverThePerson() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PersonDataDocument.pdf(PersonDataSamples.dataset(), DUTCH))) {
            String title = pdf.getDocumentInformation().getTitle();
            String subject = pdf.getDocumentInformation().getSubject();
            assertEquals("Persoonsgegevens, verzoek AVG-2026-014", title);
            for (String meta :
                    new String[] {title, subject, pdf.getDocumentInformation().getKeywords()}) {
                assertFalse(meta != null && meta.contains("Visser"), meta);
                assertFalse(meta != null && meta.contains(PersonDataSamples.EMAIL), meta);
            }
        }
    }

    @Test
    void nothingTickedSaysSoRatherThanAnEmptyPage() throws IOException {
        PersonDataset none = new PersonDataset("AVG-1", Instant.parse("2026-11-30T14:05:00Z"), List.of());
        String text = text(PersonDataDocument.pdf(none, DUTCH), "nl");
        assertContains(text, "Er zijn geen gegevens gekozen.");
        assertFalse(text.contains("Visser"), text);
    }

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
