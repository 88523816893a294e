package nl.cmostamm.portal.web.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.logbook.CategoryEffectForm;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.LogbookSettings;
import nl.cmostamm.portal.logbook.LogbookSettingsForm;
import nl.cmostamm.portal.logbook.VolunteerLoad;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * The volunteer load view: requests and hours per volunteer per week for the last weeks and this
 * month, a warning for everyone over the limits, and (for board admins and advisors) the limits,
 * the list of categories and which societal effect each category's help serves. The introduction
 * states the saved limits; the form edits a copy.
 */
@Named
@ViewScoped
public class LoadOverview implements Serializable {

    @EJB
    LogbookService logbook;

    @EJB
    InitiativeService initiatives;

    @Inject
    ActiveInitiative activeInitiative;

    private List<Row> loads;
    private List<Row> overloaded;
    private List<WeekColumn> weeks;
    private LogbookSettings settings;
    private LogbookSettingsForm limits;
    private List<String> categories;
    private List<CategoryEffectForm> categoryEffects = List.of();
    private List<SocietalEffect> effects = List.of();

    @PostConstruct
    void load() {
        loadFigures();
        settings = logbook.settings();
        limits = LogbookSettingsForm.of(settings);
        categories = new ArrayList<>(
                logbook.categories().stream().map(HelpCategory::getName).toList());
        if (isManager()) {
            categoryEffects = logbook.categoryEffects();
            effects = initiatives.effects();
        }
    }

    public void saveSettings() {
        LogbookSettings saved = ServiceCall.attempt("limits", () -> logbook.saveSettings(limits));
        if (saved != null) {
            settings = saved;
            limits = LogbookSettingsForm.of(saved);
            loadFigures();
            Texts.info("logbook.limits.saved");
        }
    }

    public void saveCategories() {
        if (ServiceCall.run("categoriesForm", () -> logbook.saveCategories(categories))) {
            categoryEffects = logbook.categoryEffects();
            Texts.info("logbook.categories.saved");
        }
    }

    public void saveCategoryEffects() {
        List<CategoryEffectForm> saved =
                ServiceCall.attempt("categoryEffects", () -> logbook.saveCategoryEffects(categoryEffects));
        if (saved != null) {
            categoryEffects = saved;
            Texts.info("logbook.categoryEffects.saved");
        }
    }

    /**
     * Newest week first: the week a coordinator acts on is the first column, in view without
     * scrolling, rather than the last column of a table that scrolls on most screens.
     */
    private void loadFigures() {
        List<VolunteerLoad> figures = logbook.load(LocalDate.now());
        loads = figures.stream()
                .map(load -> new Row(
                        load,
                        newestFirst(load.weeks()),
                        newestFirst(load.weeks()).stream()
                                .filter(VolunteerLoad.Week::overloaded)
                                .map(week -> weekLabel(week.monday()))
                                .collect(Collectors.joining(", "))))
                .toList();
        overloaded = loads.stream().filter(row -> row.load().overloaded()).toList();
        weeks = loads.isEmpty()
                ? List.of()
                : loads.get(0).weeks().stream()
                        .map(VolunteerLoad.Week::monday)
                        .map(monday -> new WeekColumn(
                                weekLabel(monday),
                                monday.equals(loads.get(0).load().current().monday())))
                        .toList();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }

    /** "wk 49 (1 dec)": the ISO week number with its Monday, so neither reads as the other. */
    private static String weekLabel(LocalDate monday) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Texts.text(
                "load.weekLabel",
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                DateTimeFormatter.ofPattern("d MMM", locale).format(monday));
    }

    /** One volunteer's row: the weeks newest first, and the labels of the weeks over the limits. */
    public record Row(VolunteerLoad load, List<VolunteerLoad.Week> weeks, String overloadedWeeks)
            implements Serializable {}

    /** A week's column heading; the current week's is marked. */
    public record WeekColumn(String label, boolean current) implements Serializable {}

    public List<Row> getOverloaded() {
        return overloaded;
    }

    public List<WeekColumn> getWeeks() {
        return weeks;
    }

    public boolean isManager() {
        return activeInitiative.isManager();
    }

    public List<Row> getLoads() {
        return loads;
    }

    public LogbookSettings getSettings() {
        return settings;
    }

    public LogbookSettingsForm getLimits() {
        return limits;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public List<CategoryEffectForm> getCategoryEffects() {
        return categoryEffects;
    }

    public List<SocietalEffect> getEffects() {
        return effects;
    }
}
