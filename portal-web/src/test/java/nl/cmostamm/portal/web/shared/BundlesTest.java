package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dutch is complete and English is a complete translation: both bundles have the same keys, and
 * every {@code text['…']} key a page uses exists.
 */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"text", "messages"})
    void englishTranslatesEveryDutchKeyAndNoMore(String bundle) throws IOException {
        Set<String> dutch = keys("/nl/cmostamm/portal/web/" + bundle + ".properties");
        Set<String> english = keys("/nl/cmostamm/portal/web/" + bundle + "_en.properties");

        assertTrue(dutch.size() > 10);
        assertEquals(dutch, english);
    }

    /** A key written twice silently loses its first text (the SROI page once showed the API's wording). */
    @ParameterizedTest
    @ValueSource(strings = {"text", "text_en", "messages", "messages_en"})
    void noKeyIsWrittenTwice(String bundle) throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        try (InputStream in =
                BundlesTest.class.getResourceAsStream("/nl/cmostamm/portal/web/" + bundle + ".properties")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.isBlank()
                        && !line.startsWith("#")
                        && equals > 0
                        && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
        }
        assertTrue(twice.isEmpty(), bundle + ": " + twice);
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> dutch = keys("/nl/cmostamm/portal/web/text.properties");
        Pattern used = Pattern.compile("text\\['([a-zA-Z0-9.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = used.matcher(Files.readString(view));
                while (matcher.find()) {
                    if (!dutch.contains(matcher.group(1))) {
                        missing.add(view.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
