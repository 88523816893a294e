package nl.cmostamm.portal.web.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.cmostamm.portal.logbook.AnnualOverview;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.ChartBox;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.StreamedContent;

/** The logbook's annual overview on screen, with a bar chart per category, and as PDF. */
@Named
@ViewScoped
public class AnnualOverviewPage implements Serializable {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @EJB
    LogbookService logbook;

    @Inject
    ActiveInitiative activeInitiative;

    @Inject
    ActiveLocale activeLocale;

    private int year = LocalDate.now().getYear();
    private AnnualOverview overview;
    private String chart;
    private String chartBox;

    @PostConstruct
    void load() {
        show();
    }

    public void show() {
        overview = logbook.annual(year);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        overview.categories().forEach(line -> {
            labels.add(line.category());
            values.add(line.requests());
        });
        chartBox = ChartBox.forBars(overview.categories().size());
        chart = JSON.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        JSON.createArrayBuilder()
                                                .add(JSON.createObjectBuilder()
                                                        .add("label", Texts.text("annual.requests"))
                                                        .add("data", values)
                                                        .add("backgroundColor", "#1d4f91"))))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                // horizontal bars: category names are long, and the box grows with their number
                                .add("indexAxis", "y")
                                .add(
                                        "plugins",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        JSON.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        JSON.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("precision", 0)))
                                                .add(
                                                        "y",
                                                        JSON.createObjectBuilder()
                                                                .add(
                                                                        "ticks",
                                                                        JSON.createObjectBuilder()
                                                                                .add("autoSkip", false)))))
                .build()
                .toString();
    }

    public StreamedContent pdf() {
        byte[] content = AnnualReport.pdf(overview, activeInitiative.getName(), activeLocale.getLocale(), Texts::text);
        return Downloads.pdf(content, Texts.text("file.annualOverview") + "-" + year);
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public AnnualOverview getOverview() {
        return overview;
    }

    public String getChart() {
        return chart;
    }

    /** The chart box's height class, by the number of categories. */
    public String getChartBox() {
        return chartBox;
    }
}
