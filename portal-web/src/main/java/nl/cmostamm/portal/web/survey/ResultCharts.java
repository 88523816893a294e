package nl.cmostamm.portal.web.survey;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.cmostamm.portal.survey.Comparison;
import nl.cmostamm.portal.survey.QuestionResult;
import nl.cmostamm.portal.web.shared.BarChart;

/**
 * Chart.js configurations for {@code p:chart}: a horizontal bar chart of one question's answers
 * (percent of those who answered), and the means of two waves side by side. Colours pass 3:1
 * against white; every chart has the same figures in a table beside it.
 */
final class ResultCharts {

    private static final JsonBuilderFactory JSON = BarChart.JSON;
    private static final String BEFORE_COLOUR = BarChart.BEFORE_COLOUR;
    private static final String AFTER_COLOUR = BarChart.AFTER_COLOUR;

    private ResultCharts() {}

    static String distribution(QuestionResult result, List<String> labels, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        JsonArrayBuilder names = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            names.add(labels.get(i));
            values.add(Math.round(result.distribution().get(i).percent() * 10) / 10.0);
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", text.getString("results.percent"))
                        .add("data", values)
                        .add("backgroundColor", AFTER_COLOUR));
        // one series needs no legend: the axis says what the bars are
        return BarChart.config(
                "y",
                names,
                datasets,
                JSON.createObjectBuilder()
                        .add("beginAtZero", true)
                        .add("max", 100)
                        .add(
                                "title",
                                JSON.createObjectBuilder()
                                        .add("display", true)
                                        .add("text", text.getString("results.percent"))),
                false);
    }

    /**
     * The means of two waves for questions of one scale kind: a 1-to-5 scale, a yes share (drawn as
     * percent) or numbers of one range. Mixing them on one axis made a share of 0.86 look like no
     * answer at all next to a grade of 8.
     */
    static String comparison(
            List<Comparison> comparisons, ComparisonGroup.Scale scale, String before, String after, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        JsonArrayBuilder names = JSON.createArrayBuilder();
        JsonArrayBuilder first = JSON.createArrayBuilder();
        JsonArrayBuilder second = JSON.createArrayBuilder();
        double factor = scale.share() ? 100 : 1;
        for (Comparison comparison : comparisons) {
            String name = comparison.question().getContent().getText();
            names.add(name.length() > 40 ? name.substring(0, 39) + "…" : name);
            addMean(
                    first,
                    comparison.before().mean() * factor,
                    comparison.before().n());
            addMean(
                    second,
                    comparison.after().mean() * factor,
                    comparison.after().n());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", before)
                        .add("data", first)
                        .add("backgroundColor", BEFORE_COLOUR))
                .add(JSON.createObjectBuilder()
                        .add("label", after)
                        .add("data", second)
                        .add("backgroundColor", AFTER_COLOUR));
        JsonObjectBuilder axis = JSON.createObjectBuilder();
        if (scale.share()) {
            axis.add("min", 0)
                    .add("max", 100)
                    .add(
                            "title",
                            JSON.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", text.getString("results.shareYesPercent")));
        } else if (scale.min() != null && scale.max() != null) {
            axis.add("min", scale.min()).add("max", scale.max());
            if (scale.max().subtract(scale.min()).doubleValue() <= 10) {
                axis.add("ticks", JSON.createObjectBuilder().add("stepSize", 1));
            }
        } else {
            axis.add("beginAtZero", true);
        }
        return BarChart.config("y", names, datasets, axis, true);
    }

    private static void addMean(JsonArrayBuilder data, double mean, long n) {
        if (n == 0) {
            data.addNull();
        } else {
            data.add(Math.round(mean * 100) / 100.0);
        }
    }
}
