package nl.cmostamm.portal.web.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.LogbookSettings;
import nl.cmostamm.portal.logbook.VolunteerLoad;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * The volunteer load view: requests and hours per volunteer per week for the last weeks and this
 * month, a warning for everyone over the limits, and (for board admins and advisors) the limits
 * and the list of categories.
 */
@Named
@ViewScoped
public class LoadOverview implements Serializable {

    @EJB
    LogbookService logbook;

    @Inject
    ActiveInitiative activeInitiative;

    private List<VolunteerLoad> loads;
    private List<VolunteerLoad> overloaded;
    private List<LocalDate> weeks;
    private LogbookSettings settings;
    private List<String> categories;

    @PostConstruct
    void load() {
        loadFigures();
        settings = logbook.settings();
        categories = new ArrayList<>(logbook.categories().stream().map(HelpCategory::getName).toList());
    }

    public void saveSettings() {
        LogbookSettings saved = ServiceCall.attempt("limits", () -> logbook.saveSettings(settings));
        if (saved != null) {
            settings = saved;
            loadFigures();
            Texts.info("logbook.limits.saved");
        }
    }

    public void saveCategories() {
        if (ServiceCall.run("categoriesForm", () -> logbook.saveCategories(categories))) {
            Texts.info("logbook.categories.saved");
        }
    }

    private void loadFigures() {
        loads = logbook.load(LocalDate.now());
        overloaded = loads.stream().filter(VolunteerLoad::overloaded).toList();
        weeks = loads.isEmpty() ? List.of() : loads.get(0).weeks().stream().map(VolunteerLoad.Week::monday).toList();
    }

    public List<VolunteerLoad> getOverloaded() {
        return overloaded;
    }

    public List<LocalDate> getWeeks() {
        return weeks;
    }

    public boolean isManager() {
        return activeInitiative.isManager();
    }

    public List<VolunteerLoad> getLoads() {
        return loads;
    }

    public LogbookSettings getSettings() {
        return settings;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }
}
