package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScriptSafeChartRendererTest {

    private static final String PLANTED = "{\"labels\":[\"</script><form action=\\\"/s/x\\\"><input name=a>\","
            + "\"<!-- a & b -->\",\"line\u2028separator\u2029\"]}";

    @Test
    void nothingInTheConfigurationCanEndTheScriptOrOpenMarkup() {
        String safe = ScriptSafeChartRenderer.forScript(PLANTED);

        assertFalse(safe.contains("<"), safe);
        assertFalse(safe.contains(">"), safe);
        assertFalse(safe.contains("&"), safe);
        assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), safe);
    }

    @Test
    void theChartStillShowsExactlyWhatWasTyped() {
        assertEquals(PLANTED, unescape(ScriptSafeChartRenderer.forScript(PLANTED)));
        assertEquals("{\"a\":\"gewoon – tekst é\"}", ScriptSafeChartRenderer.forScript("{\"a\":\"gewoon – tekst é\"}"));
        assertNull(ScriptSafeChartRenderer.forScript(null));
    }

    /** What a JavaScript parser makes of the unicode escapes. */
    private static String unescape(String json) {
        Matcher escape = Pattern.compile("\\\\u([0-9a-f]{4})").matcher(json);
        StringBuilder plain = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(
                    plain, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(plain).toString();
    }
}
