package nl.cmostamm.portal.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.report.insight.InsightReport;
import nl.cmostamm.portal.report.insight.InsightReportService;
import nl.cmostamm.portal.report.insight.ReportPeriod;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.BarChart;
import nl.cmostamm.portal.web.shared.ChartBox;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.Words;
import org.primefaces.model.StreamedContent;

/**
 * The insight report page ({@code app/report/insight.xhtml}): the board chooses a half year (the
 * current one by default) or fills in its own dates, reads the report beside the period before, sees the
 * spread over target groups as a chart with its table, and downloads it as PDF or spreadsheet.
 */
@Named
@ViewScoped
public class InsightReportPage implements Serializable {

    private static final Formats FORMATS = new Formats();

    @EJB
    InsightReportService reports;

    @Inject
    ActiveLocale locale;

    private List<ReportPeriod> halfYears;
    private String choice;
    private LocalDate from;
    private LocalDate to;
    private InsightReport report;

    @PostConstruct
    void init() {
        halfYears = ReportPeriod.halfYears(LocalDate.now(), 6);
        choice = key(halfYears.get(0));
        report = reports.report(halfYears.get(0));
    }

    /** Shows the report of the chosen period; a custom one is checked next to its fields. */
    public void show() {
        ReportPeriod period = ServiceCall.attempt("period", this::period);
        if (period != null) {
            InsightReport made = ServiceCall.attempt("period", () -> reports.report(period));
            if (made != null) {
                report = made;
            }
        }
    }

    /** The own dates when either is filled in (then both must be), else the chosen half year. */
    private ReportPeriod period() {
        if (from != null || to != null) {
            if (from == null) {
                throw new ValidationFailure("insight.period.required", "from");
            }
            if (to == null) {
                throw new ValidationFailure("insight.period.required", "to");
            }
            return new ReportPeriod(from, to);
        }
        return halfYears.stream().filter(p -> key(p).equals(choice)).findFirst().orElse(halfYears.get(0));
    }

    /** Choosing a half year sets the own dates aside, so what the report shows is what the menu says. */
    public void halfYearChosen() {
        from = null;
        to = null;
    }

    /** Whether the shown period has not ended yet (its figures stop at today). */
    public boolean isRunning() {
        return report.period().to().isAfter(LocalDate.now());
    }

    public static String key(ReportPeriod period) {
        return period.from().toString();
    }

    public String label(ReportPeriod period) {
        String label = InsightDocument.period(period, words());
        return period.to().isAfter(LocalDate.now())
                ? Texts.text("insight.halfYear.sofar", label, FORMATS.day(LocalDate.now()))
                : label;
    }

    public String periodText(ReportPeriod period) {
        return InsightDocument.period(period, words());
    }

    public String output(InsightReport.Effort effort, InsightReport.Output output) {
        return InsightDocument.output(effort, output, words());
    }

    public List<String> evidenceLines(InsightReport.Evidence evidence) {
        return InsightDocument.evidenceLines(evidence, words());
    }

    private Words words() {
        return new Words(Texts.bundle(locale.getLocale()), locale.getLocale());
    }

    /** Participants and help requests per target group, the previous period grey and this one blue. */
    public String getSpreadChart() {
        JsonArrayBuilder labels = BarChart.JSON.createArrayBuilder();
        JsonArrayBuilder before = BarChart.JSON.createArrayBuilder();
        JsonArrayBuilder now = BarChart.JSON.createArrayBuilder();
        for (InsightReport.GroupShare share : report.spread()) {
            labels.add(share.isUnrecorded() ? Texts.text("insight.targetGroup.none") : share.name());
            before.add(share.previousParticipants() + share.previousHelpRequests());
            now.add(share.participants() + share.helpRequests());
        }
        return BarChart.config(
                "y",
                labels,
                BarChart.JSON
                        .createArrayBuilder()
                        .add(BarChart.JSON
                                .createObjectBuilder()
                                .add("label", periodText(report.previous()))
                                .add("data", before)
                                .add("backgroundColor", BarChart.BEFORE_COLOUR))
                        .add(BarChart.JSON
                                .createObjectBuilder()
                                .add("label", periodText(report.period()))
                                .add("data", now)
                                .add("backgroundColor", BarChart.AFTER_COLOUR)),
                BarChart.countAxis(Texts.text("insight.spread.axis")),
                true);
    }

    public String getSpreadChartBox() {
        return ChartBox.forBars(report.spread().size() * 2);
    }

    public StreamedContent getPdf() {
        byte[] pdf = InsightDocument.pdf(report, locale.getLocale(), LocalDate.now());
        reports.exported(report.period(), "PDF");
        return Downloads.pdf(pdf, Downloads.dated("file.insight"));
    }

    public StreamedContent getExcel() {
        byte[] xlsx = InsightWorkbook.write(report, locale.getLocale());
        reports.exported(report.period(), "Excel");
        return Downloads.excel(xlsx, Downloads.dated("file.insight"));
    }

    public List<ReportPeriod> getHalfYears() {
        return halfYears;
    }

    public InsightReport getReport() {
        return report;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
