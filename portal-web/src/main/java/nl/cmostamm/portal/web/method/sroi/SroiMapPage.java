package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.method.sroi.AnalysisKind;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.method.sroi.calculation.Problem;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.ChartBox;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;
import org.primefaces.model.StreamedContent;

/**
 * One analysis ({@code ?id=}): its impact map per stakeholder, outputs, the result with its range,
 * the sensitivity analysis as a tornado chart and a table, the scenarios, the history of changed
 * assumptions, and the review steps. The appraisal is worked out again on every request rather than
 * kept in the view state: it is cheap (well under a millisecond for a large map) and always current.
 */
@Named
@ViewScoped
public class SroiMapPage implements Serializable {

    @EJB
    SroiService sroi;

    @Inject
    ActiveLocale locale;

    @Inject
    ActiveInitiative initiative;

    private long id;
    private transient Appraisal appraisal;
    private transient List<AuditEntry> history;
    private transient List<SroiScenarios.Figure> scenarios;
    private transient ForecastComparison comparison;
    private String copyTitle;
    private AnalysisKind copyKind = AnalysisKind.EVALUATIVE;

    @PostConstruct
    void load() {
        Long requested = Navigation.idParameter("id");
        if (requested == null) {
            throw new NotFoundException("SroiAnalysis");
        }
        id = requested;
        appraisal();
        copyTitle = appraisal.map().analysis().getTitle();
    }

    private Appraisal appraisal() {
        if (appraisal == null) {
            appraisal = Appraisal.of(sroi.map(id));
        }
        return appraisal;
    }

    public Appraisal getAppraisal() {
        return appraisal();
    }

    public SroiAnalysis getAnalysis() {
        return appraisal().map().analysis();
    }

    /** Who changed what in this analysis, newest first. */
    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = sroi.history(id, 50);
        }
        return history;
    }

    /** Each reason the map cannot be calculated yet, as a sentence. */
    public List<String> getProblems() {
        return appraisal().problems().stream().map(SroiMapPage::sentence).toList();
    }

    static String sentence(Problem problem) {
        return Texts.text("sroi.map.problem." + problem.reason().name(), field(problem.field()));
    }

    /** "outcomes[2].deadweight" as the page names it: "uitkomst 3: deadweight". */
    static String field(String path) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)").matcher(path);
        if (m.matches()) {
            return Texts.text("sroi.field." + m.group(1)) + " " + (Integer.parseInt(m.group(2)) + 1) + ": "
                    + Texts.text("sroi.field." + m.group(3));
        }
        return Texts.text("sroi.field." + path);
    }

    public String getYearChart() {
        return SroiCharts.years(appraisal().result(), locale.getLocale());
    }

    public String getStakeholderChart() {
        return SroiCharts.stakeholders(appraisal().sections(), locale.getLocale());
    }

    public String getTornadoChart() {
        return SroiCharts.tornado(appraisal(), locale.getLocale());
    }

    public String tornadoLabel(nl.cmostamm.portal.method.sroi.calculation.Sensitivity.Swing swing) {
        return SroiCharts.label(swing, appraisal().map(), locale.getLocale());
    }

    /**
     * For an evaluation that started from a forecast: the two side by side; null otherwise. The
     * forecast is read once per request, only on the pages that show it.
     */
    public ForecastComparison getComparison() {
        SroiAnalysis analysis = getAnalysis();
        if (comparison == null
                && analysis.getKind() == AnalysisKind.EVALUATIVE
                && analysis.getBasedOn() != null
                && analysis.getBasedOn().getKind() == AnalysisKind.FORECAST) {
            comparison = ForecastComparison.of(
                    Appraisal.of(sroi.map(analysis.getBasedOn().getId())), appraisal());
        }
        return comparison;
    }

    /** A proxy priced more than five years before this year is flagged: prices and insights move. */
    public boolean oldProxy(int priceYear) {
        return Proxies.old(priceYear);
    }

    public String getTornadoBox() {
        var sensitivity = appraisal().sensitivity();
        return ChartBox.forBars(
                sensitivity == null
                        ? 0
                        : Math.min(SroiCharts.TORNADO_BARS, sensitivity.swings().size()));
    }

    /** Each saved scenario with what it changes and what the map is worth under it. */
    public List<SroiScenarios.Figure> getScenarios() {
        if (scenarios == null) {
            scenarios = SroiScenarios.figures(appraisal().map());
        }
        return scenarios;
    }

    public void addStandardScenarios() {
        if (ServiceCall.run(
                "scenarioActions",
                () -> sroi.addStandardScenarios(
                        id,
                        getAnalysis().getVersion(),
                        Texts.text("sroi.scenario.cautious"),
                        Texts.text("sroi.scenario.expected"),
                        Texts.text("sroi.scenario.optimistic")))) {
            done("sroi.scenarios.added");
        }
    }

    /** The analysis as a PDF report, in the reader's language, named after what it is and today. */
    public StreamedContent getPdf() {
        return Downloads.pdf(
                SroiReport.pdf(appraisal(), getScenarios(), initiative.getName(), locale.getLocale(), Texts::text),
                Downloads.dated("file.sroi"));
    }

    /** The whole map as an Excel workbook, with its formulas and sources. */
    public StreamedContent getExcel() {
        return Downloads.excel(
                SroiWorkbook.xlsx(appraisal(), getScenarios(), Texts::text), Downloads.dated("file.sroi"));
    }

    public void submitForReview() {
        if (ServiceCall.attempt(
                        "review", () -> sroi.submitForReview(id, getAnalysis().getVersion()))
                != null) {
            done("sroi.review.submitted");
        }
    }

    public void backToDraft() {
        if (ServiceCall.attempt(
                        "review", () -> sroi.backToDraft(id, getAnalysis().getVersion()))
                != null) {
            done("sroi.review.backToDraft");
        }
    }

    public void finalise() {
        if (ServiceCall.attempt("review", () -> sroi.finalise(id, getAnalysis().getVersion())) != null) {
            done("sroi.review.finalised");
        }
    }

    public void copy() {
        SroiAnalysis copy = ServiceCall.attempt("copy", () -> sroi.copy(id, copyKind, copyTitle));
        if (copy != null) {
            Messages.addFlashGlobalInfo(Texts.text("sroi.copy.made"));
            Navigation.redirect("/app/method/sroi-map.xhtml?id=" + copy.getId());
        }
    }

    public void delete() {
        if (ServiceCall.run(
                "review", () -> sroi.deleteAnalysis(id, getAnalysis().getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("sroi.analysis.deleted"));
            Navigation.redirect("/app/method/sroi.xhtml");
        }
    }

    private void done(String key) {
        Messages.addFlashGlobalInfo(Texts.text(key));
        Navigation.redirect("/app/method/sroi-map.xhtml?id=" + id);
    }

    public AnalysisKind[] getKinds() {
        return AnalysisKind.values();
    }

    public String getCopyTitle() {
        return copyTitle;
    }

    public void setCopyTitle(String copyTitle) {
        this.copyTitle = copyTitle;
    }

    public AnalysisKind getCopyKind() {
        return copyKind;
    }

    public void setCopyKind(AnalysisKind copyKind) {
        this.copyKind = copyKind;
    }
}
