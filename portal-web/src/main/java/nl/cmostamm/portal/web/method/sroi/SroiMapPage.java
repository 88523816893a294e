package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.method.sroi.AnalysisKind;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.OutcomeForm;
import nl.cmostamm.portal.method.sroi.Percent;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
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
import org.primefaces.event.RowEditEvent;
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

    /**
     * The versions the person saw: of the analysis and, as edit forms, of each outcome in the map.
     * A save from this page (a row, a review step) carries them, so a change someone made after the
     * page was drawn is a conflict, not overwritten.
     */
    private long shownVersion;

    private final Map<Long, OutcomeForm> rows = new HashMap<>();
    private transient Appraisal appraisal;
    private transient List<AuditEntry> history;
    private transient List<SroiScenarios.Figure> scenarios;
    private transient ForecastComparison comparison;
    private transient Map<String, String> charts;
    private String copyTitle;
    private AnalysisKind copyKind = AnalysisKind.EVALUATIVE;

    @PostConstruct
    void load() {
        Long requested = Navigation.idParameter("id");
        if (requested == null) {
            throw new NotFoundException("SroiAnalysis");
        }
        id = requested;
        shown(appraisal().map());
        copyTitle = appraisal.map().analysis().getTitle();
    }

    private void shown(ImpactMap map) {
        shownVersion = map.analysis().getVersion();
        rows.clear();
        map.outcomes().forEach(o -> rows.put(o.getId(), OutcomeForm.of(o)));
    }

    /** The edit form of an outcome's row, as the person saw it. */
    public OutcomeForm row(SroiOutcome outcome) {
        return rows.computeIfAbsent(outcome.getId(), k -> OutcomeForm.of(outcome));
    }

    /**
     * Saves the figures of one row of the map (quantity, proxy, deductions, duration) and draws the
     * result anew; a refusal keeps the row open with the message, a conflict says so at the top.
     */
    public void saveRow(RowEditEvent<SroiOutcome> event) {
        SroiOutcome outcome = event.getObject();
        OutcomeForm form = row(outcome);
        if (ServiceCall.attempt(null, () -> sroi.saveOutcome(id, shownVersion, form)) != null) {
            appraisal = null;
            history = null;
            scenarios = null;
            comparison = null;
            charts = null;
            shown(appraisal().map());
            Texts.info("sroi.outcome.saved");
        }
    }

    /** A percentage as the map keeps it (the service's own rule), refused next to the cell. */
    public void checkPercent(FacesContext context, UIComponent component, Object value) {
        if (value instanceof BigDecimal percent) {
            refuse(Percent.refusal(percent, 0, 100, 2, "sroi.percent"));
        }
    }

    /** A quantity or an amount as the map keeps it (the service's own rule), refused next to the cell. */
    public void checkAmount(FacesContext context, UIComponent component, Object value) {
        if (value instanceof BigDecimal amount) {
            refuse(Percent.amountRefusal(amount));
        }
    }

    private static void refuse(String key) {
        if (key != null) {
            String message = Texts.text(key);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
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

    /** Whether the current person may change this analysis now (see {@link MapPartPage#changeable}). */
    public boolean isChangeable() {
        return MapPartPage.changeable(getAnalysis(), initiative);
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
        return chart("years", () -> SroiCharts.years(appraisal().result(), locale.getLocale()));
    }

    public String getStakeholderChart() {
        return chart("stakeholders", () -> SroiCharts.stakeholders(appraisal().sections(), locale.getLocale()));
    }

    public String getTornadoChart() {
        return chart("tornado", () -> SroiCharts.tornado(appraisal(), locale.getLocale()));
    }

    /** A chart's configuration, built once per request however often the page asks for it. */
    private String chart(String name, Supplier<String> build) {
        if (charts == null) {
            charts = new HashMap<>();
        }
        return charts.computeIfAbsent(name, k -> build.get());
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
                        shownVersion,
                        Texts.text("sroi.scenario.cautious"),
                        Texts.text("sroi.scenario.expected"),
                        Texts.text("sroi.scenario.optimistic")))) {
            done("sroi.scenarios.added");
        }
    }

    /** The analysis as a PDF report, in the reader's language, named after what it is and today. */
    public StreamedContent getPdf() {
        return Downloads.pdf(
                SroiReport.pdf(
                        appraisal(),
                        getScenarios(),
                        getComparison(),
                        initiative.getName(),
                        locale.getLocale(),
                        Texts::text),
                Downloads.dated("file.sroi", id));
    }

    /** The whole map as an Excel workbook, with its formulas and sources. */
    public StreamedContent getExcel() {
        return Downloads.excel(
                SroiWorkbook.xlsx(appraisal(), getScenarios(), Texts::text), Downloads.dated("file.sroi", id));
    }

    public void submitForReview() {
        if (ServiceCall.attempt("review", () -> sroi.submitForReview(id, shownVersion)) != null) {
            done("sroi.review.submitted");
        }
    }

    public void backToDraft() {
        if (ServiceCall.attempt("review", () -> sroi.backToDraft(id, shownVersion)) != null) {
            done("sroi.review.backToDraft");
        }
    }

    public void finalise() {
        if (ServiceCall.attempt("review", () -> sroi.finalise(id, shownVersion)) != null) {
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
        if (ServiceCall.run("review", () -> sroi.deleteAnalysis(id, shownVersion))) {
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
