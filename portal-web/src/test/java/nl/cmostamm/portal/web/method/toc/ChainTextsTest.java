package nl.cmostamm.portal.web.method.toc;

import static nl.cmostamm.portal.web.method.toc.ChainSamples.DUTCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import org.junit.jupiter.api.Test;

/** The words and numbers the diagram, the PDF and the workbook share, and how the diagram wraps a title. */
class ChainTextsTest {

    private final ChainTexts dutch = new ChainTexts(DUTCH, ChainSamples.text(DUTCH));
    private final ChainTexts english = new ChainTexts(Locale.ENGLISH, ChainSamples.text(Locale.ENGLISH));

    @Test
    void anIndicatorReadsAsLatestAgainstTargetInTheReadersNumbers() {
        Chain.IndicatorEvidence hours =
                ChainSamples.indicator(1, "Uren per vrijwilliger", "5.5", "1200", "uur", Light.RED);

        assertEquals("Uren per vrijwilliger: 5,5 / 1.200 uur", dutch.indicator(hours));
        assertEquals("Uren per vrijwilliger: 5.5 / 1,200 uur", english.indicator(hours));
    }

    @Test
    void anIndicatorWithoutMeasurementOrTargetSaysSo() {
        assertEquals(
                "Geholpen: nog geen meting",
                dutch.indicator(ChainSamples.indicator(1, "Geholpen", null, "30", null, Light.GREY)));
        assertEquals(
                "Tevreden: 58% (geen streefwaarde)",
                dutch.indicator(ChainSamples.indicator(1, "Tevreden", "58", null, "%", Light.GREY)));
    }

    @Test
    void storiesSurveysAndTheSummaryAreCountedInWords() {
        assertEquals("1 verhaal", dutch.stories(1));
        assertEquals("5 verhalen", dutch.stories(5));
        assertEquals("Vragenlijsten: A, B", dutch.surveys(List.of("A", "B")));
        assertEquals("1 story", english.stories(1));
    }

    @Test
    void assumptionsAreNumberedInTheOrderTheLinksWereMadeAndOnlyWhereThereIsOne() {
        Chain chain = new Chain(
                List.of(
                        ChainSamples.plain(1, Level.PROBLEM, "p"),
                        ChainSamples.plain(2, Level.GOAL, "g"),
                        ChainSamples.plain(3, Level.INPUT, "i")),
                List.of(
                        new Chain.Link(9, 2, 3, "later", Confidence.LOW, null),
                        new Chain.Link(8, 1, 3, "  ", null, null),
                        new Chain.Link(7, 1, 2, "eerst", null, null)));

        List<String> numbers = new ArrayList<>();
        ChainTexts.numberedLinks(chain).forEach((link, number) -> numbers.add(link.id() + "=" + number));

        assertEquals(List.of("9=A1", "8=null", "7=A2"), numbers);
    }

    @Test
    void xmlEscapesEverySpecialCharacterAndReplacesWhatXmlCannotHold() {
        assertEquals(
                "&lt;/svg&gt;&lt;script&gt; &amp; &quot;q&quot; &#39;a&#39;",
                ChainTexts.xml("</svg><script> & \"q\" 'a'"));
        assertEquals("a\uFFFDb\uFFFDc\tok \uD83D\uDE00", ChainTexts.xml("a\u0001b\uD800c\tok \uD83D\uDE00"));
        assertEquals("", ChainTexts.xml(null));
    }

    @Test
    void aTitleIsWrappedByWordsAndNothingIsLeftOut() {
        String title = "Een heel lange titel over eenzaamheid onder ouderen met "
                + "Donaudampfschiffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt erin, en "
                + "een slot dat de regel vol maakt tot bijna tweehonderd tekens lang";

        List<String> lines = TextWidth.wrap(title, 100, 12.5, false);

        assertEquals(title.replace(" ", ""), String.join("", lines).replace(" ", ""));
        lines.forEach(line -> assertTrue(TextWidth.of(line, 12.5, false) <= 100, line));
        assertTrue(title.startsWith(lines.get(0) + " "), "the first line ends between two words: " + lines);
    }

    @Test
    void aWordWiderThanTheBoxIsBrokenNotCut() {
        List<String> lines = TextWidth.wrap("x".repeat(200), 40, 12.5, false);

        assertEquals(200, String.join("", lines).length());
        assertTrue(lines.size() > 5);
    }
}
