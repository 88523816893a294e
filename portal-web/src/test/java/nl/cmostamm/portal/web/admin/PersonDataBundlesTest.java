package nl.cmostamm.portal.web.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cmostamm.portal.person.Candidate;
import nl.cmostamm.portal.person.RecordKind;
import nl.cmostamm.portal.person.RequestKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The person-data page and document name every kind, effect, match and field in both languages, so
 * neither the admin nor the person reads "person.field.x". The fields are read from the service's
 * source (the names it gives the columns it reads), so a new one cannot be forgotten.
 */
class PersonDataBundlesTest {

    private static final Path SOURCE =
            Path.of("../portal-ejb/src/main/java/nl/cmostamm/portal/person/PersonRecords.java");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everyKindEffectMatchAndFieldHasAName(String language) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag(language));
        Set<String> wanted = new TreeSet<>();
        for (RecordKind kind : RecordKind.values()) {
            wanted.add("person.kind." + kind);
            wanted.add("person.effect." + kind);
        }
        for (Candidate.Match match : Candidate.Match.values()) {
            wanted.add("person.match." + match);
        }
        for (RequestKind kind : RequestKind.values()) {
            wanted.add("person.requestKind." + kind);
        }
        Set<String> fields = fields();
        assertTrue(fields.size() > 50, "the fields were read: " + fields);
        fields.forEach(field -> wanted.add("person.field." + field));

        Set<String> missing = new TreeSet<>(wanted);
        missing.removeIf(text::containsKey);
        assertTrue(missing.isEmpty(), language + " lacks " + missing);
    }

    /** Every quoted camel-case word in a {@code List.of(...)} of the service: the names of its fields. */
    private static Set<String> fields() throws IOException {
        String source = Files.readString(SOURCE);
        Set<String> names = new TreeSet<>();
        Matcher list = Pattern.compile("List\\.of\\(([^)]*)\\)").matcher(source);
        while (list.find()) {
            Matcher word = Pattern.compile("\"([a-z][A-Za-z]*)\"").matcher(list.group(1));
            while (word.find()) {
                names.add(word.group(1));
            }
        }
        // the lists the service builds itself
        names.add("likesToHelpWith");
        names.add("helpGiven");
        names.add("answers");
        return names;
    }
}
