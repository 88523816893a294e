package nl.cmostamm.portal.web.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * The Chart.js configuration of a bar chart for {@code p:chart}, the one shape the survey results
 * and the SROI result share: no animation, a box the stylesheet sizes ({@link ChartBox}), a legend
 * below when there are several series, Dutch numbers on the axes, and every category labelled
 * (Chart.js would otherwise skip labels it finds crowded). The texts go in through JSON-P, and the
 * page's chart renderer escapes the whole for its script.
 */
public final class BarChart {

    /** One factory for every chart: looking the JSON provider up per call was a benchmark's hot spot. */
    public static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /**
     * The colours of two waves side by side, the earlier one grey and the later one blue: both pass
     * 3:1 against white; the legend, and the table beside every chart, say which is which.
     */
    public static final String BEFORE_COLOUR = "#6b7785";

    public static final String AFTER_COLOUR = "#1d4f91";

    private BarChart() {}

    /**
     * {@code indexAxis} "y" draws horizontal bars (categories down the side), "x" vertical ones;
     * {@code valueAxis} is the other axis' options.
     */
    public static String config(
            String indexAxis,
            JsonArrayBuilder labels,
            JsonArrayBuilder datasets,
            JsonObjectBuilder valueAxis,
            boolean legend) {
        boolean horizontal = "y".equals(indexAxis);
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("indexAxis", indexAxis)
                                .add("locale", "nl-NL")
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        JSON.createObjectBuilder()
                                                                .add("display", legend)
                                                                .add("position", "bottom")))
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(horizontal ? "x" : "y", valueAxis)
                                                .add(
                                                        horizontal ? "y" : "x",
                                                        JSON.createObjectBuilder()
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("autoSkip", false)))))
                .build()
                .toString();
    }

    /** A value axis of whole counts from zero, with its title: no "2,5 initiatives" between ticks. */
    public static JsonObjectBuilder countAxis(String title) {
        return JSON.createObjectBuilder()
                .add("min", 0)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0))
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", title));
    }
}
