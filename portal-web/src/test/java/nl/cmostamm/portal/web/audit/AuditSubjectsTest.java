package nl.cmostamm.portal.web.audit;

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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit trail names each entry's subject by {@code auditSubject.<type>}: every type a service
 * writes has its name in both languages, so a board member never reads "???auditSubject.x???".
 * The types are read from the services' sources (the constants and literals they pass to the audit
 * log), so a new one cannot be forgotten.
 */
class AuditSubjectsTest {

    private static final Path SOURCES = Path.of("../portal-ejb/src/main/java");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([a-zA-Z-]+)\";");
    private static final Pattern CALL = Pattern.compile("audit\\.record(?:Anonymous)?\\(\\s*[^,]+,\\s*([^,]+),");

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void everySubjectTheServicesAuditHasAName(String language) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", Locale.forLanguageTag(language));
        Set<String> missing = new TreeSet<>();
        Set<String> types = subjectTypes();
        for (String type : types) {
            if (!text.containsKey("auditSubject." + type)) {
                missing.add(type);
            }
        }
        assertTrue(types.size() > 20, "the sources were read: " + types);
        assertTrue(missing.isEmpty(), language + " lacks a name for " + missing);
    }

    private static Set<String> subjectTypes() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String argument = call.group(1).strip();
                    if (argument.startsWith("\"")) {
                        types.add(argument.replace("\"", ""));
                        continue;
                    }
                    Matcher constant = CONSTANT.matcher(source);
                    while (constant.find()) {
                        if (constant.group(1).equals(argument)) {
                            types.add(constant.group(2));
                        }
                    }
                }
            }
        }
        // a subject handed in as a parameter ("type") is one of the constants around it
        types.removeIf(t -> !t.matches("[a-zA-Z-]+"));
        return types;
    }
}
