package nl.cmostamm.portal.web.goal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.cmostamm.portal.datacollection.Frequency;
import nl.cmostamm.portal.goal.GoalProgress.IndicatorProgress;
import nl.cmostamm.portal.goal.GoalProgress.Point;

/**
 * The Chart.js configuration of one indicator's line chart for {@code p:chart}: the measured values
 * over time and, when there is a target, a dashed target line. Built with JSON-P, so names and
 * labels are escaped properly. Colours are the portal's own and pass 3:1 against white.
 */
final class IndicatorChart {

    private static final String VALUE_COLOUR = "#1d4f91";
    private static final String TARGET_COLOUR = "#a63d00";

    private IndicatorChart() {
    }

    static String json(IndicatorProgress progress, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        DateTimeFormatter label = labelFormat(progress.indicator().getFrequency(), locale);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (Point point : progress.points()) {
            labels.add(label.format(point.periodStart()));
            values.add(point.value());
            if (progress.indicator().getTarget() != null) {
                targets.add(progress.indicator().getTarget());
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", text.getString("chart.value"))
                .add("data", values)
                .add("borderColor", VALUE_COLOUR).add("backgroundColor", VALUE_COLOUR)
                .add("tension", 0.2).add("pointRadius", 3));
        if (progress.indicator().getTarget() != null) {
            datasets.add(Json.createObjectBuilder()
                    .add("label", text.getString("chart.target"))
                    .add("data", targets)
                    .add("borderColor", TARGET_COLOUR).add("backgroundColor", TARGET_COLOUR)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("pointRadius", 0));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
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
