package nl.cmostamm.portal.web.method.effect;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.util.List;
import java.util.function.Function;
import nl.cmostamm.portal.web.shared.BarChart;

/**
 * The loneliness classes of two waves as grouped bars, for {@code p:chart}: per class the share of
 * each wave's scored respondents, in percent, because two waves rarely have as many respondents and
 * counts would compare the turnout instead of the loneliness. The table beside the chart holds the
 * same figures with their counts.
 */
final class LevelChart {

    private static final JsonBuilderFactory JSON = BarChart.JSON;

    private LevelChart() {}

    /**
     * {@code levels} are the classes' names, {@code before} and {@code after} their counts per wave
     * in the same order, {@code beforeName} and {@code afterName} the waves' names for the legend.
     */
    static String of(
            List<String> levels,
            long[] before,
            long[] after,
            String beforeName,
            String afterName,
            Function<String, String> text) {
        JsonArrayBuilder names = JSON.createArrayBuilder();
        levels.forEach(names::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", beforeName)
                        .add("data", percentages(before))
                        .add("backgroundColor", BarChart.BEFORE_COLOUR))
                .add(JSON.createObjectBuilder()
                        .add("label", afterName)
                        .add("data", percentages(after))
                        .add("backgroundColor", BarChart.AFTER_COLOUR));
        return BarChart.config(
                "y",
                names,
                datasets,
                JSON.createObjectBuilder()
                        .add("min", 0)
                        .add("max", 100)
                        .add(
                                "title",
                                JSON.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", text.apply("effect.levels.axis"))),
                true);
    }

    /** Each count as a percentage of the wave, one decimal; no bars at all for a wave nobody scored in. */
    private static JsonArrayBuilder percentages(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (long count : counts) {
            if (total == 0) {
                data.addNull();
            } else {
                data.add(Math.round(1000.0 * count / total) / 10.0);
            }
        }
        return data;
    }
}
