package nl.cmostamm.portal.web.goal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.GoalProgress.IndicatorProgress;
import nl.cmostamm.portal.goal.GoalProgress.Point;

/**
 * The Chart.js configuration of one indicator's line chart for {@code p:chart}: the measured values
 * over time and, when there is a target, a dashed target line. Built with JSON-P, so names and
 * labels are escaped properly. Colours are the portal's own and pass 3:1 against white.
 */
final class IndicatorChart {

    /**
     * One factory for all charts: {@code Json.createObjectBuilder()} looks the JSON provider up anew
     * on every call, which made the goal overview five times slower than it is now (benchmark).
     */
    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final String VALUE_COLOUR = "#1d4f91";
    private static final String TARGET_COLOUR = "#a63d00";

    private IndicatorChart() {}

    static String json(IndicatorProgress progress, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        DateTimeFormatter label = labelFormat(progress.indicator().getFrequency(), locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        JsonArrayBuilder targets = JSON.createArrayBuilder();
        for (Point point : progress.points()) {
            labels.add(label.format(point.periodStart()));
            values.add(point.value());
            if (progress.indicator().getTarget() != null) {
                targets.add(progress.indicator().getTarget());
            }
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", text.getString("chart.value"))
                        .add("data", values)
                        .add("borderColor", VALUE_COLOUR)
                        .add("backgroundColor", VALUE_COLOUR)
                        .add("tension", 0.2)
                        .add("pointRadius", 2));
        if (progress.indicator().getTarget() != null) {
            datasets.add(JSON.createObjectBuilder()
                    .add("label", text.getString("chart.target"))
                    .add("data", targets)
                    .add("borderColor", TARGET_COLOUR)
                    .add("backgroundColor", TARGET_COLOUR)
                    .add("borderDash", JSON.createArrayBuilder().add(6).add(4))
                    .add("borderWidth", 2)
                    .add("pointRadius", 0));
        }
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "plugins",
                        JSON.createObjectBuilder()
                                .add(
                                        "legend",
                                        JSON.createObjectBuilder()
                                                .add("position", "bottom")
                                                // a short line per series instead of a wide box: the legend stays one
                                                // row
                                                .add(
                                                        "labels",
                                                        JSON.createObjectBuilder()
                                                                .add("usePointStyle", true)
                                                                .add("pointStyle", "line"))))
                .add(
                        "scales",
                        JSON.createObjectBuilder()
                                // two years of months do not fit a card side by side: a few level labels
                                // instead of 24 rotated ones, which left the plot about 40 px
                                .add(
                                        "x",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "ticks",
                                                        JSON.createObjectBuilder()
                                                                .add("autoSkip", true)
                                                                .add("maxRotation", 0)
                                                                .add("maxTicksLimit", 6)))
                                // grace keeps a target at the top of the range clear of the chart's edge
                                .add(
                                        "y",
                                        JSON.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add("grace", "10%")
                                                .add(
                                                        "ticks",
                                                        JSON.createObjectBuilder()
                                                                .add("maxTicksLimit", 5))));
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    private static DateTimeFormatter labelFormat(Frequency frequency, Locale locale) {
        String pattern = switch (frequency) {
            case WEEKLY, ONCE -> "d MMM yyyy";
            case MONTHLY -> "MMM yyyy";
            case QUARTERLY -> "QQQ yyyy";
            case YEARLY -> "yyyy";
        };
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
