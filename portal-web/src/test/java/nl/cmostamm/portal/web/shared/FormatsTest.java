package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date picker and date converter of a page takes its pattern from {@link Formats}, and money
 * is written the Dutch way without ever being split over two lines.
 */
class FormatsTest {

    @Test
    void noPageWritesADatePatternOfItsOwn() throws IOException {
        Pattern literal = Pattern.compile("pattern=\"(?!#\\{formats\\.)([^\"]*)\"");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(view));
                while (matcher.find()) {
                    found.add(view.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void anAmountIsWrittenTheDutchWayAndNeverBrokenAfterTheEuroSign() {
        Formats formats = new Formats();
        assertEquals("€\u00a01.234,56", formats.money(new BigDecimal("1234.56")));
        assertEquals("€\u00a0-29.152,08", formats.money(new BigDecimal("-29152.08")));
        assertEquals("", formats.money(null));
    }
}
