package nl.cmostamm.portal.web.method.sroi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import nl.cmostamm.portal.method.sroi.AnalysisKind;
import nl.cmostamm.portal.method.sroi.AnalysisStatus;
import nl.cmostamm.portal.method.sroi.HoursSource;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.OutcomeEvidence;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SROI pages build keys from enums (a status, a kind of input, a reason a map cannot be
 * calculated, an assumption of the tornado): every value has its text in both languages, so no page
 * ever shows a bare key.
 */
class SroiBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyEnumTheSroiPagesNameHasItsText(String language) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>();
        Stream.of(AnalysisKind.values()).forEach(k -> {
            keys.add("sroi.kind." + k);
            keys.add("sroi.kind." + k + ".help");
        });
        Stream.of(AnalysisStatus.values()).forEach(s -> {
            keys.add("sroi.status." + s);
            keys.add("sroi.review.help." + s);
        });
        Stream.of(InputKind.values()).forEach(k -> keys.add("sroi.inputKind." + k));
        Stream.of(HoursSource.values()).forEach(h -> {
            keys.add("sroi.hoursFrom." + h);
            keys.add("sroi.hoursShown." + h);
        });
        Stream.of(OutcomeEvidence.values()).forEach(e -> keys.add("sroi.evidence." + e));
        Stream.of(Problem.Reason.values()).forEach(r -> {
            keys.add("sroi.map.problem." + r);
            keys.add("sroi.problem." + r);
        });
        Stream.of(Sensitivity.Assumption.values()).forEach(a -> keys.add("sroi.assumption." + a));
        List<String> missing = keys.stream().filter(k -> !text.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), language + ": " + missing);
    }
}
