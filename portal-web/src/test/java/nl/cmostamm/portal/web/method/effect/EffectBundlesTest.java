package nl.cmostamm.portal.web.method.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import nl.cmostamm.portal.method.effect.LonelinessScale;
import nl.cmostamm.portal.method.effect.Magnitude;
import nl.cmostamm.portal.method.effect.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The effect pages build keys from the domain's enums and show the service's refusals by their key:
 * every one has its text in both languages, so no page shows a bare key. {@code BundlesTest} sees
 * only the keys a page writes out in full.
 */
class EffectBundlesTest {

    /** The keys filled in with MessageFormat, by the page's h:outputFormat or by {@link ComparisonView}. */
    private static final List<String> PATTERNS = List.of(
            "effect.interval",
            "effect.interval.points",
            "effect.shareYes",
            "effect.chiSquare",
            "effect.option.share",
            "effect.comparison.responses",
            "effect.question.answered",
            "effect.scale.scored",
            "effect.scale.unscored");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyKeyTheEffectPagesBuildHasItsText(String language) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>(refusals());
        Stream.of(Reading.values()).forEach(r -> keys.add("effect.reading." + r));
        Stream.of(Magnitude.values()).forEach(m -> keys.add("effect.magnitude." + m));
        Stream.of(LonelinessScale.Level.values()).forEach(l -> keys.add("effect.level." + l));
        keys.addAll(
                List.of("effect.scale.total", "effect.scale.emotional", "effect.scale.social", "auditSubject.effect"));
        keys.addAll(PATTERNS);
        keys.addAll(List.of(
                "effect.levels.axis",
                "effect.created",
                "effect.saved",
                "effect.deleted",
                "effect.comparison.added",
                "effect.comparison.removed"));

        List<String> missing = keys.stream()
                .filter(k -> !text.containsKey(k) || text.getString(k).isBlank())
                .toList();

        assertTrue(missing.isEmpty(), language + ": " + missing);
    }

    /**
     * The patterns the page and its beans fill in go through MessageFormat, which swallows a single
     * apostrophe and everything after it up to the next: each must read whole once filled.
     */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyPatternReadsWholeOnceFilledIn(String language) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag(language));
        for (String key : PATTERNS) {
            String pattern = text.getString(key);
            String filled = MessageFormat.format(pattern, "@0@", "@1@", "@2@", "@3@");

            assertEquals(pattern.replace("''", "'").replaceAll("\\{(\\d)\\}", "@$1@"), filled, key + ": " + filled);
        }
    }

    /** The sentence for too few answers names the portal's own minimum, in both languages. */
    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void tooFewNamesTheMinimum(String language) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag(language));

        assertTrue(text.getString("effect.reading.TOO_FEW").contains(" " + Reading.MINIMUM_PER_WAVE + ")"));
        assertTrue(text.getString("effect.method.minimum").contains(" " + Reading.MINIMUM_PER_WAVE + " "));
    }

    /** The message keys {@code EffectService} refuses with, each shown next to its field. */
    private static List<String> refusals() {
        return List.of(
                "effect.title.required",
                "effect.title.taken",
                "effect.outcome.invalid",
                "effect.outcome.required",
                "effect.goal.invalid",
                "effect.indicators.invalid",
                "effect.comparison.before.required",
                "effect.comparison.after.required",
                "effect.comparison.sameWave",
                "effect.comparison.otherSurvey",
                "effect.comparison.order",
                "effect.comparison.twice");
    }
}
