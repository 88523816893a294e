package nl.cmostamm.portal.web.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Capacity;
import nl.cmostamm.portal.method.chooser.ChooserAnswers;
import nl.cmostamm.portal.method.chooser.ChooserStep;
import nl.cmostamm.portal.method.chooser.Euros;
import nl.cmostamm.portal.method.chooser.ExistingData;
import nl.cmostamm.portal.method.chooser.MethodAdvice;
import nl.cmostamm.portal.method.chooser.OutsideHelp;
import nl.cmostamm.portal.method.chooser.Phase;
import nl.cmostamm.portal.method.chooser.Purpose;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chooser speaks only in keys, so both bundles must hold every key its rules can return, every
 * key its page builds from an answer or a method, and every refusal of its checks. {@code
 * BundlesTest} sees only the keys a page writes out in full.
 */
class ChooserBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"text.properties", "text_en.properties"})
    void everyKeyOfTheChooserIsInTheBundle(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ChooserBundlesTest.class.getResourceAsStream("/nl/cmostamm/portal/web/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        for (String key : keysOfTheChooser()) {
            String text = texts.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, bundle);
    }

    private static List<String> keysOfTheChooser() {
        List<String> keys = new ArrayList<>(MethodAdvice.keys());
        for (Method method : Method.values()) {
            keys.add("method.name." + method);
            keys.add("method.summary." + method);
        }
        for (ChooserStep step : ChooserStep.values()) {
            keys.add("chooser.step." + step);
            keys.add("chooser.question." + step);
            keys.add("chooser.hint." + step);
        }
        keys.add("chooser.question.HELP");
        keys.add("chooser.hint.HELP");
        Stream.of(Purpose.values()).forEach(o -> keys.add("chooser.purpose." + o));
        Stream.of(Euros.values()).forEach(o -> keys.add("chooser.euros." + o));
        Stream.of(ExistingData.values()).forEach(o -> keys.add("chooser.data." + o));
        Stream.of(Capacity.values()).forEach(o -> keys.add("chooser.capacity." + o));
        Stream.of(OutsideHelp.values()).forEach(o -> keys.add("chooser.outsideHelp." + o));
        Stream.of(Phase.values()).forEach(o -> keys.add("chooser.phase." + o));
        keys.addAll(refusals());
        keys.addAll(List.of("chooser.chosen.required", "chooser.note.noChoice", "auditSubject.methodChoice"));
        return keys;
    }

    /** The message keys the step checks refuse with, found by leaving out one answer at a time. */
    private static List<String> refusals() {
        List<ChooserAnswers> incomplete = List.of(
                new ChooserAnswers(null, null, null, null, null, null),
                new ChooserAnswers(Set.of(Purpose.LEARNING), null, null, null, null, null),
                new ChooserAnswers(Set.of(Purpose.LEARNING), Euros.NO, null, null, null, null),
                new ChooserAnswers(
                        Set.of(Purpose.LEARNING),
                        Euros.NO,
                        Set.of(ExistingData.NONE, ExistingData.NUMBERS),
                        null,
                        null,
                        null),
                new ChooserAnswers(Set.of(Purpose.LEARNING), Euros.NO, Set.of(ExistingData.NONE), null, null, null),
                new ChooserAnswers(
                        Set.of(Purpose.LEARNING), Euros.NO, Set.of(ExistingData.NONE), Capacity.SOME, null, null),
                new ChooserAnswers(
                        Set.of(Purpose.LEARNING),
                        Euros.NO,
                        Set.of(ExistingData.NONE),
                        Capacity.SOME,
                        OutsideHelp.NONE,
                        null));
        List<String> keys = new ArrayList<>();
        for (ChooserAnswers answers : incomplete) {
            try {
                answers.checkAll();
            } catch (ValidationFailure refused) {
                keys.add(refused.getMessageKey());
            }
        }
        assertEquals(7, keys.size(), keys.toString());
        return keys;
    }
}
