package nl.cmostamm.portal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.initiative.SocialBasisLevel;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Phase;
import nl.cmostamm.portal.portfolio.AlertKind;
import nl.cmostamm.portal.portfolio.DashboardFilter;
import nl.cmostamm.portal.portfolio.DashboardService;
import nl.cmostamm.portal.portfolio.DashboardSort;
import nl.cmostamm.portal.portfolio.PortfolioSignals;
import nl.cmostamm.portal.portfolio.SavedFilter;
import nl.cmostamm.portal.portfolio.Signal;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.PortalConfig;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.web.shared.BarChart;
import nl.cmostamm.portal.web.shared.ChartBox;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The dashboard over the portfolio: a lazy table of initiatives with their key figures and alerts,
 * narrowed by the filter fields above it (which an account can save under a name), and two charts
 * of the filtered initiatives per phase and per method.
 *
 * <p>The figures are the initiatives' stored signals. Those older than the configured number of
 * minutes (or all of them, when asked) are worked out again a few at a time by a poll from the
 * page, each in its own initiative and in the viewer's name, so the page itself never waits for
 * five hundred initiatives.
 */
@Named
@ViewScoped
public class Portfolio implements Serializable {

    private static final Logger LOG = Logger.getLogger(Portfolio.class.getName());

    /** Initiatives worked out per poll: a few seconds' work at most. */
    static final int BATCH = 5;

    /** The alert filter's choice for "any alert". */
    public static final String ANY_ALERT = "ANY";

    @EJB
    DashboardService dashboard;

    @EJB
    PortfolioSignals signals;

    @Inject
    PortfolioChoices choices;

    private String text;
    private String municipality;
    private Province province;
    private InitiativeStatus status = InitiativeStatus.ACTIVE;
    private String theme;
    private SocialBasisLevel level;
    private Phase phase;
    private Method method;
    private String alert;

    private Long savedId;
    private String filterName;

    private DashboardService.Summary summary;
    private Instant staleBefore;
    private int staleLeft;
    private final Set<Long> unrefreshable = new HashSet<>();

    private final LazyDataModel<Signal> initiatives = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) summary.total();
        }

        @Override
        public List<Signal> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            DashboardSort column = sort == null ? DashboardSort.NAME : DashboardSort.of(sort.getField());
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return dashboard.page(filter(), column, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Signal signal) {
            return String.valueOf(signal.initiativeId());
        }
    };

    @PostConstruct
    void init() {
        // read once per view: a view-scoped bean cannot hold an injected configuration value
        int refreshMinutes = ConfigProvider.getConfig()
                .getOptionalValue(PortalConfig.DASHBOARD_REFRESH_MINUTES, Integer.class)
                .orElse(60);
        staleBefore = Instant.now().minus(refreshMinutes, ChronoUnit.MINUTES);
        summarise();
    }

    /** After a filter field changed: the charts, and what is refreshed next, follow the table. */
    public void filterChanged() {
        savedId = null;
        summarise();
    }

    /**
     * The filtered initiatives' count and charts, and how many of them wait for their figures: one
     * query, shared by the table's count, both charts and the poll.
     */
    private void summarise() {
        summary = dashboard.summary(filter(), staleBefore);
        staleLeft = (int) Math.max(0, summary.stale() - unrefreshable.size());
    }

    DashboardFilter filter() {
        AlertKind kind = null;
        if (alert != null && !ANY_ALERT.equals(alert)) {
            try {
                kind = AlertKind.valueOf(alert);
            } catch (IllegalArgumentException e) {
                alert = null;
            }
        }
        return new DashboardFilter(
                text, municipality, province, status, theme, level, phase, method, kind, ANY_ALERT.equals(alert));
    }

    private void apply(DashboardFilter filter) {
        text = filter.text();
        municipality = filter.municipality();
        province = filter.province();
        status = filter.status();
        theme = filter.theme();
        level = filter.level();
        phase = filter.phase();
        method = filter.method();
        alert = filter.withAlert()
                ? ANY_ALERT
                : filter.alert() == null ? null : filter.alert().name();
        summarise();
    }

    /** Shows the saved filter chosen in the list, or everything active when none is chosen. */
    public void useSaved() {
        Long chosen = savedId;
        apply(choices.saved().stream()
                .filter(f -> f.getId().equals(chosen))
                .findFirst()
                .map(SavedFilter::getFilter)
                .orElse(DashboardFilter.ACTIVE));
        savedId = chosen;
    }

    public void saveFilter() {
        SavedFilter done = ServiceCall.attempt("savedFilters", () -> dashboard.saveFilter(filterName, filter()));
        if (done != null) {
            choices.forgetSaved();
            savedId = done.getId();
            filterName = null;
            Texts.info("dashboard.filter.saved", done.getName());
        }
    }

    public void deleteSaved() {
        SavedFilter chosen = choices.saved().stream()
                .filter(f -> f.getId().equals(savedId))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return;
        }
        if (ServiceCall.run("savedFilters", () -> dashboard.deleteFilter(chosen.getId(), chosen.getVersion()))) {
            choices.forgetSaved();
            savedId = null;
            Texts.info("dashboard.filter.deleted", chosen.getName());
        }
    }

    public void clearFilter() {
        savedId = null;
        apply(DashboardFilter.ACTIVE);
    }

    /** Every shown initiative's figures are worked out again, not only the old ones. */
    public void refreshAll() {
        staleBefore = Instant.now();
        unrefreshable.clear();
        summarise();
    }

    /** The poll's step: works out the next few initiatives' figures. */
    public void refreshSome() {
        for (long id : stale(BATCH)) {
            try {
                Tenancy.call(Tenancy.current().withInitiative(id), () -> {
                    signals.refresh();
                    return null;
                });
            } catch (AccessDeniedException | NotFoundException e) {
                // no longer admitted (an assignment ended meanwhile): leave its figures as they are
                unrefreshable.add(id);
            } catch (Exception e) {
                // one initiative's failure must not stop the dashboard: its figures stay as they were
                LOG.log(Level.WARNING, "Could not refresh the signal of initiative " + id, e);
                unrefreshable.add(id);
            }
        }
        summarise();
        if (staleLeft == 0) {
            choices.forget();
        }
    }

    private List<Long> stale(int max) {
        return dashboard.stale(filter(), staleBefore, max + unrefreshable.size()).stream()
                .filter(id -> !unrefreshable.contains(id))
                .limit(max)
                .toList();
    }

    public boolean isRefreshing() {
        return staleLeft > 0;
    }

    public int getStaleLeft() {
        return staleLeft;
    }

    /** Initiatives whose figures could not be worked out in this view (the log says why). */
    public int getFailed() {
        return unrefreshable.size();
    }

    public String getPhaseChart() {
        JsonArrayBuilder labels = BarChart.JSON.createArrayBuilder();
        JsonArrayBuilder counts = BarChart.JSON.createArrayBuilder();
        summary.perPhase().forEach((p, n) -> {
            labels.add(Texts.text(p == null ? "dashboard.phase.none" : "dashboard.phase." + p));
            counts.add(n);
        });
        return chart(labels, counts, "dashboard.chart.phase");
    }

    public String getMethodChart() {
        JsonArrayBuilder labels = BarChart.JSON.createArrayBuilder();
        JsonArrayBuilder counts = BarChart.JSON.createArrayBuilder();
        summary.perMethod().forEach((m, n) -> {
            labels.add(Texts.text("dashboard.method." + m));
            counts.add(n);
        });
        return chart(labels, counts, "dashboard.chart.method");
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder counts, String title) {
        return BarChart.config(
                "y",
                labels,
                BarChart.JSON
                        .createArrayBuilder()
                        .add(BarChart.JSON
                                .createObjectBuilder()
                                .add("label", Texts.text(title))
                                .add("data", counts)
                                .add("backgroundColor", BarChart.AFTER_COLOUR)),
                BarChart.countAxis(Texts.text("dashboard.chart.axis")),
                false);
    }

    public String getPhaseChartBox() {
        return ChartBox.forBars(summary.perPhase().size());
    }

    public String getMethodChartBox() {
        return ChartBox.forBars(summary.perMethod().size());
    }

    public List<Map.Entry<Phase, Long>> getPerPhase() {
        return List.copyOf(summary.perPhase().entrySet());
    }

    public List<Map.Entry<Method, Long>> getPerMethod() {
        return List.copyOf(summary.perMethod().entrySet());
    }

    public AlertKind[] getAlertKinds() {
        return AlertKind.values();
    }

    public Phase[] getPhases() {
        return Phase.values();
    }

    public Method[] getMethods() {
        return Method.values();
    }

    public SocialBasisLevel[] getLevels() {
        return SocialBasisLevel.values();
    }

    public LazyDataModel<Signal> getInitiatives() {
        return initiatives;
    }

    public List<String> getMunicipalities() {
        return choices.get().municipalities();
    }

    public List<String> getThemes() {
        return choices.get().themes();
    }

    public List<SavedFilter> getSaved() {
        return choices.saved();
    }

    public Long getSavedId() {
        return savedId;
    }

    public void setSavedId(Long savedId) {
        this.savedId = savedId;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public SocialBasisLevel getLevel() {
        return level;
    }

    public void setLevel(SocialBasisLevel level) {
        this.level = level;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public Method getMethod() {
        return method;
    }

    public void setMethod(Method method) {
        this.method = method;
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }
}
