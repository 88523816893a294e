package nl.cmostamm.portal.web.method.sroi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity;
import nl.cmostamm.portal.web.shared.BarChart;

/**
 * Chart.js configurations for the SROI result: value per year (before and after discounting), value
 * and inputs per stakeholder, and the tornado of the sensitivity analysis (floating bars from the
 * ratio's low to its high, widest on top). Every text goes through JSON-P, and the page's chart
 * renderer escapes the configuration for its script; every chart has its figures in a table beside it.
 */
final class SroiCharts {

    /** The tornado shows the widest swings; the table below it lists them all. */
    static final int TORNADO_BARS = 10;

    private static final JsonBuilderFactory JSON = BarChart.JSON;
    private static final String VALUE_COLOUR = "#1d4f91";
    private static final String SECOND_COLOUR = "#6b7785";

    private SroiCharts() {}

    static String years(Result result, Locale locale) {
        if (result == null) {
            return null;
        }
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        JsonArrayBuilder discounted = JSON.createArrayBuilder();
        for (Result.Year year : result.years()) {
            labels.add(text.getString("sroi.result.year") + " " + year.year());
            values.add(year.value());
            discounted.add(year.discounted());
        }
        return BarChart.config(
                "x",
                labels,
                JSON.createArrayBuilder()
                        .add(dataset(text.getString("sroi.result.value"), values, SECOND_COLOUR))
                        .add(dataset(text.getString("sroi.result.discounted"), discounted, VALUE_COLOUR)),
                axis(text.getString("sroi.chart.euros"), true),
                true);
    }

    static String stakeholders(List<Appraisal.Section> sections, Locale locale) {
        if (sections.isEmpty() || sections.get(0).presentValue() == null) {
            return null;
        }
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        JsonArrayBuilder inputs = JSON.createArrayBuilder();
        for (Appraisal.Section section : sections) {
            labels.add(shortened(section.stakeholder().getGroup().getName(), 28));
            values.add(section.presentValue());
            inputs.add(section.inputTotal());
        }
        return BarChart.config(
                "y",
                labels,
                JSON.createArrayBuilder()
                        .add(dataset(text.getString("sroi.result.presentValue"), values, VALUE_COLOUR))
                        .add(dataset(text.getString("sroi.result.inputs"), inputs, SECOND_COLOUR)),
                axis(text.getString("sroi.chart.euros"), true),
                true);
    }

    static String tornado(Appraisal appraisal, Locale locale) {
        Sensitivity.Analysis sensitivity = appraisal.sensitivity();
        if (sensitivity == null || sensitivity.swings().isEmpty()) {
            return null;
        }
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder bars = JSON.createArrayBuilder();
        for (Sensitivity.Swing swing : sensitivity
                .swings()
                .subList(0, Math.min(TORNADO_BARS, sensitivity.swings().size()))) {
            labels.add(shortened(label(swing, appraisal.map(), locale), 36));
            bars.add(JSON.createArrayBuilder().add(swing.lowRatio()).add(swing.highRatio()));
        }
        return BarChart.config(
                "y",
                labels,
                JSON.createArrayBuilder().add(dataset(text.getString("sroi.sensitivity.range"), bars, VALUE_COLOUR)),
                axis(text.getString("sroi.result.ratio"), false),
                false);
    }

    /** "Proxy: Minder eenzaam (bezoekers)", "Disconteringsvoet". */
    static String label(Sensitivity.Swing swing, ImpactMap map, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.web.text", locale);
        return label(swing, map, text::getString);
    }

    static String label(Sensitivity.Swing swing, ImpactMap map, Function<String, String> text) {
        String assumption = text.apply("sroi.assumption." + swing.assumption().name());
        if (swing.outcome() == null) {
            return assumption;
        }
        var outcome = map.outcomes().get(swing.outcome());
        return assumption + ": " + outcome.getDescription() + " ("
                + outcome.getStakeholder().getGroup().getName() + ")";
    }

    private static String shortened(String label) {
        return shortened(label, 48);
    }

    /** A chart's axis label cut to {@code length}: the table beside the chart has it whole. */
    private static String shortened(String label, int length) {
        return label.length() > length ? label.substring(0, length - 1) + "…" : label;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    /** Euros start at zero, or a bar's height lies; the tornado's ratios need not. */
    private static JsonObjectBuilder axis(String title, boolean fromZero) {
        return JSON.createObjectBuilder()
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", title))
                .add("beginAtZero", fromZero);
    }
}
