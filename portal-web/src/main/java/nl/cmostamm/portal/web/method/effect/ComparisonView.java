package nl.cmostamm.portal.web.method.effect;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.cmostamm.portal.method.effect.ChiSquare;
import nl.cmostamm.portal.method.effect.EffectReport;
import nl.cmostamm.portal.method.effect.HedgesG;
import nl.cmostamm.portal.method.effect.LonelinessScale;
import nl.cmostamm.portal.method.effect.Magnitude;
import nl.cmostamm.portal.method.effect.Reading;
import nl.cmostamm.portal.survey.QuestionType;
import nl.cmostamm.portal.survey.Statistics;
import nl.cmostamm.portal.survey.WaveContrast;
import nl.cmostamm.portal.web.shared.ChartBox;

/**
 * One wave comparison as the effect page shows it, every figure formatted once when the page loads
 * ({@link Figures}), so the view only places texts. What the statistics may not say is left out
 * rather than shown and explained away: with too few answers ({@link Reading#TOO_FEW}) or too few
 * per option ({@link Reading#TOO_FEW_PER_OPTION}) a row keeps its numbers of respondents and its
 * means or counts, but no difference, interval, effect size or p-value; the reading says why.
 *
 * <p>When the survey holds the De Jong Gierveld scale its six statements are shown once, as the
 * scale's scores and classes, and not again as six separate questions.
 *
 * @param id the comparison's id, for removing it
 * @param version the comparison's version, for removing it
 * @param title "survey: before → after"
 * @param before the earlier wave's name
 * @param after the later wave's name
 */
public record ComparisonView(
        long id,
        long version,
        String title,
        String before,
        String after,
        long responsesBefore,
        long responsesAfter,
        ScaleView scale,
        List<QuestionView> questions)
        implements Serializable {

    /** Decimals of means, differences and effect sizes. */
    static final int DECIMALS = 2;

    /**
     * Whether some figure of the comparison claims a difference: then the page says once, at its
     * top, that anonymous waves are not the same people and that a difference proves no cause.
     */
    public boolean caveat() {
        boolean inScale = scale != null
                && (scale.scores().stream().anyMatch(ScoreRow::caveat)
                        || (scale.levels() != null && scale.levels().caveat()));
        return inScale
                || questions.stream()
                        .anyMatch(q -> (q.scored() != null && q.scored().caveat())
                                || (q.distribution() != null && q.distribution().caveat())
                                || q.options().stream().anyMatch(OptionRow::caveat));
    }

    /**
     * A mean in both waves and what their difference shows: a row of a score table.
     *
     * @param meanBefore the mean as written (a yes/no question's as the share saying yes), empty
     *     without answers
     * @param difference "−0,90 (−1,50 tot −0,30)", or null when it is not shown
     * @param g Hedges' g with its interval, or null when it is not shown or cannot be computed
     * @param magnitude the size of g in words, or null with {@code g}
     */
    public record ScoreRow(
            String label,
            long nBefore,
            long nAfter,
            String meanBefore,
            String meanAfter,
            String difference,
            String g,
            Magnitude magnitude,
            Reading reading)
            implements Serializable {

        /** Whether the page adds that a difference between anonymous waves proves no cause. */
        public boolean caveat() {
            return Figures.claimsADifference(reading);
        }

        /** Whether the difference is shown but its effect size cannot be computed (no spread at all). */
        public boolean noSpread() {
            return difference != null && g == null;
        }
    }

    /** One option or class: how many chose it in each wave, "12 (40 %)". */
    public record CountRow(String label, String before, String after) implements Serializable {}

    /**
     * The distributions of a choice question or of the scale's classes, with the chi-square test
     * written out ("χ² = 4,21, df = 2, p = 0,122, Cramérs V = 0,18"), or null when not shown.
     */
    public record DistributionView(List<CountRow> rows, String test, Reading reading) implements Serializable {

        public boolean caveat() {
            return Figures.claimsADifference(reading);
        }
    }

    /**
     * One option of a multiple-choice question: the share of those who answered the question who
     * chose it, in each wave, and its own test ({@code p} null when not shown).
     */
    public record OptionRow(String label, String before, String after, String p, Reading reading)
            implements Serializable {

        public boolean caveat() {
            return Figures.claimsADifference(reading);
        }
    }

    /**
     * One question: a score row for a Likert, yes/no or number question, the distributions for a
     * single-choice or Likert question, per option for a multiple-choice question; what does not
     * apply is null or empty.
     */
    public record QuestionView(
            String text,
            long answeredBefore,
            long answeredAfter,
            ScoreRow scored,
            DistributionView distribution,
            List<OptionRow> options)
            implements Serializable {

        /** The score row as a list, for the table the scale's scores share. */
        public List<ScoreRow> scoredRows() {
            return scored == null ? List.of() : List.of(scored);
        }

        /**
         * Whether too few answered a multiple-choice question in a wave: every option's test then
         * says so, and the page says it once.
         */
        public boolean optionsTooFew() {
            return !options.isEmpty() && options.get(0).reading() == Reading.TOO_FEW;
        }
    }

    /**
     * The loneliness scale: how many respondents could be scored, the three scores, and the classes
     * as a table and a chart ({@code chart} is its Chart.js configuration, {@code chartBox} its
     * height class).
     */
    public record ScaleView(
            long scoredBefore,
            long scoredAfter,
            long unscoredBefore,
            long unscoredAfter,
            List<ScoreRow> scores,
            DistributionView levels,
            String chart,
            String chartBox)
            implements Serializable {}

    /** {@code text} gives the bundle text of a key in the reader's language (a pattern, unformatted). */
    static ComparisonView of(EffectReport.Compared compared, Function<String, String> text) {
        String before = compared.before().getName();
        String after = compared.after().getName();
        String survey = compared.before().getSurvey().getName();
        ScaleView scale = compared.scale() == null ? null : scale(compared.scale(), before, after, text);
        return new ComparisonView(
                compared.comparison().getId(),
                compared.comparison().getVersion(),
                survey + ": " + before + " → " + after,
                before,
                after,
                compared.responsesBefore(),
                compared.responsesAfter(),
                scale,
                questions(compared.questions(), scale != null, text));
    }

    /** Every question of the comparison, but the scale's six statements once the scale shows them. */
    static List<QuestionView> questions(
            List<EffectReport.QuestionEffect> questions, boolean withScale, Function<String, String> text) {
        return questions.stream()
                .filter(q -> !withScale || !isScaleItem(q.contrast()))
                .map(q -> question(q, text))
                .toList();
    }

    /** The service recognises the scale by its six statements as the template words them; so does the page. */
    private static boolean isScaleItem(WaveContrast contrast) {
        return contrast.question().getType() == QuestionType.SINGLE
                && contrast.options().size() == 3
                && LonelinessScale.DUTCH_ITEMS.contains(
                        contrast.question().getContent().getText().strip());
    }

    static ScaleView scale(EffectReport.ScaleEffect scale, String before, String after, Function<String, String> text) {
        List<ScoreRow> scores = scale.scores().stream()
                .map(s -> score(s, text.apply(s.labelKey()), false, text))
                .toList();
        List<String> levels = new ArrayList<>();
        for (LonelinessScale.Level level : LonelinessScale.Level.values()) {
            levels.add(text.apply("effect.level." + level));
        }
        DistributionView distribution = distribution(
                levels, scale.levelsBefore(), scale.levelsAfter(), scale.levels(), scale.levelsReading(), text);
        return new ScaleView(
                scale.scoredBefore(),
                scale.scoredAfter(),
                scale.unscoredBefore(),
                scale.unscoredAfter(),
                scores,
                distribution,
                LevelChart.of(levels, scale.levelsBefore(), scale.levelsAfter(), before, after, text),
                ChartBox.forBars(2 * levels.size()));
    }

    static QuestionView question(EffectReport.QuestionEffect effect, Function<String, String> text) {
        WaveContrast contrast = effect.contrast();
        QuestionType type = contrast.question().getType();
        ScoreRow scored = effect.scored() == null
                ? null
                : score(effect.scored(), effect.label(), type == QuestionType.YES_NO, text);
        // a yes/no question's distribution is its share of yes, which its score row already shows
        DistributionView distribution = effect.distribution() == null || type == QuestionType.YES_NO
                ? null
                : distribution(
                        contrast.options(),
                        contrast.countsBefore(),
                        contrast.countsAfter(),
                        effect.distribution(),
                        effect.distributionReading(),
                        text);
        List<OptionRow> options = effect.options().stream()
                .map(o -> new OptionRow(
                        o.label(),
                        share(o.test().chosenBefore(), o.test().answeredBefore(), text),
                        share(o.test().chosenAfter(), o.test().answeredAfter(), text),
                        tested(o.reading()) ? Figures.pValue(o.test().test().pValue()) : null,
                        o.reading()))
                .toList();
        return new QuestionView(
                effect.label(), contrast.answeredBefore(), contrast.answeredAfter(), scored, distribution, options);
    }

    /**
     * A score row; {@code share} writes a yes/no question's mean (the share saying yes) and its
     * difference in percentage points.
     */
    /** One mean's row, also for the outcome record's headline figures. */
    public static ScoreRow score(
            EffectReport.Scored scored, String label, boolean share, Function<String, String> text) {
        Statistics.Sample before = scored.before();
        Statistics.Sample after = scored.after();
        boolean shown = scored.reading() != Reading.TOO_FEW && scored.difference() != null;
        String difference = null;
        String g = null;
        Magnitude magnitude = null;
        if (shown) {
            Statistics.Difference d = scored.difference();
            difference = share
                    ? interval(
                            text.apply("effect.interval.points"), d.estimate() * 100, d.low() * 100, d.high() * 100, 0)
                    : interval(text.apply("effect.interval"), d.estimate(), d.low(), d.high(), DECIMALS);
            HedgesG hedges = scored.g();
            if (hedges != null) {
                g = interval(text.apply("effect.interval"), hedges.g(), hedges.low(), hedges.high(), DECIMALS);
                magnitude = hedges.magnitude();
            }
        }
        return new ScoreRow(
                label,
                before.n(),
                after.n(),
                mean(before, share, text),
                mean(after, share, text),
                difference,
                g,
                magnitude,
                scored.reading());
    }

    private static String mean(Statistics.Sample sample, boolean share, Function<String, String> text) {
        if (sample.n() == 0) {
            return "";
        }
        return share
                ? MessageFormat.format(text.apply("effect.shareYes"), Figures.percent(sample.mean()))
                : Figures.number(sample.mean(), DECIMALS);
    }

    private static String interval(String pattern, double estimate, double low, double high, int decimals) {
        return MessageFormat.format(
                pattern,
                Figures.signed(estimate, decimals),
                Figures.signed(low, decimals),
                Figures.signed(high, decimals));
    }

    static DistributionView distribution(
            List<String> labels,
            long[] before,
            long[] after,
            ChiSquare.Homogeneity test,
            Reading reading,
            Function<String, String> text) {
        long totalBefore = sum(before);
        long totalAfter = sum(after);
        List<CountRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new CountRow(labels.get(i), count(before[i], totalBefore), count(after[i], totalAfter)));
        }
        String written = tested(reading) && test.isComputable()
                ? MessageFormat.format(
                        text.apply("effect.chiSquare"),
                        Figures.number(test.statistic(), DECIMALS),
                        String.valueOf(test.degreesOfFreedom()),
                        Figures.pValue(test.pValue()),
                        Figures.number(test.cramersV(), DECIMALS))
                : null;
        return new DistributionView(List.copyOf(rows), written, reading);
    }

    /** Whether a test's figures may be shown: not when the reading says there are too few answers for it. */
    private static boolean tested(Reading reading) {
        return reading != Reading.TOO_FEW && reading != Reading.TOO_FEW_PER_OPTION;
    }

    /** "12 (40 %)", or "0" when the wave has no answers at all. */
    private static String count(long count, long total) {
        return total == 0 ? "0" : count + " (" + Figures.percent((double) count / total) + ")";
    }

    /** "40 % (12 van 30)", or empty when nobody in the wave answered the question. */
    private static String share(long chosen, long answered, Function<String, String> text) {
        return answered == 0
                ? ""
                : MessageFormat.format(
                        text.apply("effect.option.share"),
                        Figures.percent((double) chosen / answered),
                        String.valueOf(chosen),
                        String.valueOf(answered));
    }

    private static long sum(long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        return sum;
    }
}
