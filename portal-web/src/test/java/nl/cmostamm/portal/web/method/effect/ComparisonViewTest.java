package nl.cmostamm.portal.web.method.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.cmostamm.portal.method.effect.ChiSquare;
import nl.cmostamm.portal.method.effect.EffectReport;
import nl.cmostamm.portal.method.effect.HedgesG;
import nl.cmostamm.portal.method.effect.LonelinessScale;
import nl.cmostamm.portal.method.effect.Magnitude;
import nl.cmostamm.portal.method.effect.Reading;
import nl.cmostamm.portal.survey.Question;
import nl.cmostamm.portal.survey.QuestionContent;
import nl.cmostamm.portal.survey.QuestionType;
import nl.cmostamm.portal.survey.Statistics;
import nl.cmostamm.portal.survey.Statistics.Sample;
import nl.cmostamm.portal.survey.WaveContrast;
import org.junit.jupiter.api.Test;

/**
 * What the effect page writes for a comparison, from figures worked out by the domain's own
 * arithmetic: a difference with its interval and size, and nothing inferential where the reading
 * says there are too few answers for it; distributions with their test; the loneliness scale once,
 * not again as six questions.
 */
class ComparisonViewTest {

    private static final String MINUS = "\u2212";
    private static final String NBSP = "\u00a0";
    /** The Dutch bundle itself, whatever the machine's own language (which getBundle would prefer). */
    private static final ResourceBundle DUTCH = ResourceBundle.getBundle(
            "nl.cmostamm.portal.web.text",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final Function<String, String> TEXT = DUTCH::getString;

    /** A sample of {@code n} answers with this mean and (sample) variance. */
    private static Sample sample(long n, double mean, double variance) {
        return Sample.ofSums(n, n * mean, variance * (n - 1) + n * mean * mean);
    }

    private static EffectReport.Scored scored(String labelKey, Sample before, Sample after) {
        Statistics.Difference difference = Statistics.welch(before, after, 0.95);
        return new EffectReport.Scored(
                null,
                labelKey,
                false,
                before,
                after,
                difference,
                HedgesG.of(before, after, 0.95),
                Reading.of(before, after, difference));
    }

    @Test
    void aClearFallIsWrittenWithItsIntervalItsSizeAndTheCaveat() {
        ComparisonView.ScoreRow row = ComparisonView.score(
                scored("effect.scale.total", sample(30, 3, 1), sample(30, 2.1, 1)), "Totaal", false, TEXT);

        assertEquals("3,00", row.meanBefore());
        assertEquals("2,10", row.meanAfter());
        assertEquals(30, row.nBefore());
        assertTrue(
                row.difference().matches(MINUS + "0,90 \\(" + MINUS + "1,\\d\\d tot " + MINUS + "0,\\d\\d\\)"),
                row.difference());
        assertTrue(row.g().startsWith(MINUS + "0,89 (" + MINUS), row.g());
        assertEquals(Magnitude.LARGE, row.magnitude());
        assertEquals(Reading.LOWER, row.reading());
        assertTrue(row.caveat());
        assertFalse(row.noSpread());
    }

    @Test
    void withTooFewAnswersTheMeansAndNumbersStayButNoDifferenceIsWritten() {
        ComparisonView.ScoreRow row =
                ComparisonView.score(scored(null, sample(5, 3, 1), sample(5, 1, 1)), "Vraag", false, TEXT);

        assertEquals(Reading.TOO_FEW, row.reading());
        assertEquals(5, row.nBefore());
        assertEquals("3,00", row.meanBefore());
        assertEquals("1,00", row.meanAfter());
        assertNull(row.difference(), "an interval of five answers is not shown to be read");
        assertNull(row.g());
        assertNull(row.magnitude());
        assertFalse(row.caveat());
        assertFalse(row.noSpread());
    }

    @Test
    void aYesNoQuestionIsWrittenAsTheShareSayingYesAndPercentagePoints() {
        ComparisonView.ScoreRow row = ComparisonView.score(
                scored(null, sample(40, 0.5, 0.25), sample(40, 0.8, 0.16)), "Aanbevelen?", true, TEXT);

        assertEquals("50" + NBSP + "% ja", row.meanBefore());
        assertEquals("80" + NBSP + "% ja", row.meanAfter());
        assertTrue(row.difference().startsWith("+30 procentpunt (+"), row.difference());
        assertEquals(Reading.HIGHER, row.reading());
    }

    @Test
    void aDifferenceWithoutAnySpreadHasNoEffectSize() {
        ComparisonView.ScoreRow row =
                ComparisonView.score(scored(null, sample(12, 3, 0), sample(12, 4, 0)), "Vraag", false, TEXT);

        assertEquals("+1,00 (+1,00 tot +1,00)", row.difference());
        assertNull(row.g());
        assertTrue(row.noSpread());
    }

    @Test
    void aDistributionIsWrittenWithItsChiSquareTest() {
        ChiSquare.Homogeneity test = ChiSquare.homogeneity(new long[] {10, 20, 10}, new long[] {30, 5, 5});

        ComparisonView.DistributionView view = ComparisonView.distribution(
                List.of("Ja", "Min of meer", "Nee"),
                new long[] {10, 20, 10},
                new long[] {30, 5, 5},
                test,
                Reading.of(test),
                TEXT);

        assertEquals(Reading.DIFFERENT, view.reading());
        assertTrue(view.caveat());
        assertEquals(
                new ComparisonView.CountRow("Ja", "10 (25" + NBSP + "%)", "30 (75" + NBSP + "%)"),
                view.rows().get(0));
        assertTrue(
                view.test()
                        .matches("χ² = \\d+,\\d\\d, df = 2, p" + NBSP + "<" + NBSP + "0,001, Cramérs V = 0,\\d\\d\\."),
                view.test());
    }

    @Test
    void aDistributionWithTooFewPerOptionShowsItsCountsButNoTest() {
        ChiSquare.Homogeneity test = ChiSquare.homogeneity(new long[] {2, 8}, new long[] {1, 9});

        ComparisonView.DistributionView view = ComparisonView.distribution(
                List.of("Ja", "Nee"), new long[] {2, 8}, new long[] {1, 9}, test, Reading.of(test), TEXT);

        assertEquals(Reading.TOO_FEW_PER_OPTION, view.reading());
        assertNull(view.test());
        assertEquals("2 (20" + NBSP + "%)", view.rows().get(0).before());
    }

    @Test
    void theLonelinessScaleHasItsScoresClassesAndChart() {
        long[] before = {10, 15, 5};
        long[] after = {18, 10, 2};
        ChiSquare.Homogeneity levels = ChiSquare.homogeneity(before, after);
        EffectReport.ScaleEffect scale = new EffectReport.ScaleEffect(
                30,
                30,
                2,
                0,
                scored("effect.scale.total", sample(30, 2.6, 2), sample(30, 1.7, 2)),
                scored("effect.scale.emotional", sample(30, 1.4, 1), sample(30, 0.9, 1)),
                scored("effect.scale.social", sample(30, 1.2, 1), sample(30, 0.8, 1)),
                before,
                after,
                levels,
                Reading.of(levels));

        ComparisonView.ScaleView view = ComparisonView.scale(scale, "Voormeting", "Nameting", TEXT);

        assertEquals(
                List.of("Eenzaamheid totaal (0–6)", "Emotioneel (0–3)", "Sociaal (0–3)"),
                view.scores().stream()
                        .map(ComparisonView.ScoreRow::label)
                        .map(ComparisonViewTest::withoutWordJoiners)
                        .toList());
        assertEquals(
                List.of("Niet eenzaam (0–1)", "Matig eenzaam (2–4)", "Ernstig eenzaam (5–6)"),
                view.levels().rows().stream()
                        .map(ComparisonView.CountRow::label)
                        .map(ComparisonViewTest::withoutWordJoiners)
                        .toList());
        assertEquals("10 (33" + NBSP + "%)", view.levels().rows().get(0).before());
        assertEquals(2, view.unscoredBefore());
        assertEquals("bars-some", view.chartBox());
        assertTrue(view.chart().contains("\"label\":\"Voormeting\""), view.chart());
        assertTrue(view.chart().contains("\"data\":[33.3,50.0,16.7]"), view.chart());
        assertTrue(view.chart().contains("\"max\":100"), view.chart());
    }

    @Test
    void theScalesStatementsAreShownOnceAsTheScaleAndOtherQuestionsAsThemselves() {
        EffectReport.QuestionEffect item = choice(QuestionType.SINGLE, LonelinessScale.DUTCH_ITEMS.get(0), 20, 20);
        EffectReport.QuestionEffect likert = choice(QuestionType.LIKERT, "Ik voel me welkom in het dorpshuis.", 20, 20);
        EffectReport.QuestionEffect yesNo = choice(QuestionType.YES_NO, "Zou u ons aanbevelen?", 20, 20);

        List<ComparisonView.QuestionView> withScale =
                ComparisonView.questions(List.of(item, likert, yesNo), true, TEXT);
        List<ComparisonView.QuestionView> without = ComparisonView.questions(List.of(item, likert, yesNo), false, TEXT);

        assertEquals(
                List.of("Ik voel me welkom in het dorpshuis.", "Zou u ons aanbevelen?"),
                withScale.stream().map(ComparisonView.QuestionView::text).toList());
        assertEquals(3, without.size(), "a survey without the whole scale shows each statement as a question");
        ComparisonView.QuestionView welcome = withScale.get(0);
        assertNotNull(welcome.scored(), "a Likert question has a mean");
        assertNotNull(welcome.distribution(), "and a distribution");
        assertEquals(1, welcome.scoredRows().size());
        ComparisonView.QuestionView recommend = withScale.get(1);
        assertNotNull(recommend.scored());
        assertNull(recommend.distribution(), "a yes/no question's distribution is its share of yes");
    }

    @Test
    void aMultipleChoiceQuestionAnsweredByTooFewSaysSoOnceAndShowsNoPValues() {
        Question question = question(QuestionType.MULTIPLE, "Wat doet u graag?", "Wandelen\nKoken");
        List<ChiSquare.Choice> choices = ChiSquare.choices(new long[] {3, 4}, 6, new long[] {5, 2}, 7);
        EffectReport.QuestionEffect effect = new EffectReport.QuestionEffect(
                new WaveContrast(
                        question,
                        List.of("Wandelen", "Koken"),
                        6,
                        7,
                        new long[] {3, 4},
                        new long[] {5, 2},
                        Sample.EMPTY,
                        Sample.EMPTY),
                null,
                null,
                null,
                choices.stream()
                        .map(c ->
                                new EffectReport.OptionEffect(c.option() == 1 ? "Wandelen" : "Koken", c, Reading.of(c)))
                        .toList());

        ComparisonView.QuestionView view = ComparisonView.question(effect, TEXT);

        assertTrue(view.optionsTooFew());
        assertEquals(List.of(), view.scoredRows());
        assertEquals("50" + NBSP + "% (3 van 6)", view.options().get(0).before());
        assertEquals("71" + NBSP + "% (5 van 7)", view.options().get(0).after());
        assertNull(view.options().get(0).p());
    }

    /** A choice question answered by {@code before} and {@code after} people, spread over its options. */
    private static EffectReport.QuestionEffect choice(QuestionType type, String text, long before, long after) {
        List<String> options = type == QuestionType.YES_NO
                ? List.of("Ja", "Nee")
                : type == QuestionType.LIKERT
                        ? List.of("Helemaal mee oneens", "Mee oneens", "Neutraal", "Mee eens", "Helemaal mee eens")
                        : List.of("Ja", "Min of meer", "Nee");
        long[] countsBefore = new long[options.size()];
        long[] countsAfter = new long[options.size()];
        countsBefore[0] = before;
        countsAfter[options.size() - 1] = after;
        Sample a = sample(before, 1, 0);
        Sample b = sample(after, options.size(), 0);
        ChiSquare.Homogeneity test = ChiSquare.homogeneity(countsBefore, countsAfter);
        return new EffectReport.QuestionEffect(
                new WaveContrast(
                        question(type, text, String.join("\n", options)),
                        options,
                        before,
                        after,
                        countsBefore,
                        countsAfter,
                        a,
                        b),
                type.isScored() ? scored(null, a, b) : null,
                test,
                Reading.of(test),
                List.of());
    }

    private static Question question(QuestionType type, String text, String options) {
        QuestionContent content = new QuestionContent();
        content.setType(type);
        content.setText(text);
        content.setOptions(options);
        return new Question(null, 1, content);
    }

    /** The bundles keep a range's figures together with U+2060, which a reader does not see. */
    private static String withoutWordJoiners(String label) {
        return label.replace("\u2060", "");
    }
}
