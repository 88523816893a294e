package nl.cmostamm.portal.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.chart.Chart;
import org.primefaces.component.chart.ChartRenderer;

/**
 * PrimeFaces' chart renderer, with the one change that matters: the chart's configuration is made
 * safe for the inline {@code <script>} it is written into. PrimeFaces writes the value of
 * {@code p:chart} into that script as it is, and a JSON string may legally contain {@code </script>}:
 * a survey option, wave name or help category reading {@code </script><form …>} would end the
 * script and turn the rest into page markup. Registered in {@code faces-config.xml} for every
 * {@code p:chart}, so no chart builder can forget it.
 *
 * <p>The configuration must be JSON (data, as every chart of the portal builds with JSON-P), not
 * JavaScript code: outside strings JSON never holds the characters escaped here, inside strings the
 * {@code \}{@code uXXXX} form means the same character, so the chart shows exactly what was typed.
 */
public class ScriptSafeChartRenderer extends ChartRenderer {

    @Override
    protected String renderConfig(FacesContext context, Chart chart) throws IOException {
        return forScript(super.renderConfig(context, chart));
    }

    /**
     * JSON text that can stand inside an HTML {@code <script>} element: {@code <}, {@code >} and
     * {@code &} (no closing tag, no comment opener) and the two line separators JavaScript before
     * ES2019 took as line ends, written as unicode escapes.
     */
    public static String forScript(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
