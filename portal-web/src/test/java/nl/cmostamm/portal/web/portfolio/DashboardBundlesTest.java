package nl.cmostamm.portal.web.portfolio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Phase;
import nl.cmostamm.portal.portfolio.Alert;
import nl.cmostamm.portal.portfolio.AlertKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dashboard builds its keys from enums (each alert kind, dated or not, each phase and method):
 * every one has its text in both languages, so no advisor reads a bare key.
 */
class DashboardBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyKeyTheDashboardBuildsHasItsText(String language) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            keys.add("dashboard.alertKind." + kind);
            // the kinds that can be undated: a never measured indicator, a goal in the red
            if (kind == AlertKind.INDICATOR_STALE || kind == AlertKind.GOAL_OFF_TRACK) {
                keys.add(new Alert(kind, "x", null).textKey());
            }
            if (kind != AlertKind.GOAL_OFF_TRACK) {
                keys.add(new Alert(kind, "x", LocalDate.of(2026, 12, 1)).textKey());
            }
        }
        Stream.of(Phase.values()).forEach(p -> keys.add("dashboard.phase." + p));
        Stream.of(Method.values()).forEach(m -> keys.add("dashboard.method." + m));
        keys.addAll(List.of(
                "dashboard.phase.none",
                "dashboard.chart.axis",
                "filter.name.required",
                "filter.name.taken",
                "rollup.municipality.required",
                "rollup.municipality.unknown",
                "rollup.small"));

        List<String> missing = keys.stream()
                .filter(k -> !text.containsKey(k) || text.getString(k).isBlank())
                .toList();
        assertTrue(missing.isEmpty(), language + ": " + missing);
    }
}
