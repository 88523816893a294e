package nl.cmostamm.portal.web.portfolio;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.cmostamm.portal.portfolio.DashboardService;
import nl.cmostamm.portal.portfolio.SavedFilter;

/**
 * The dashboard filters' municipalities and value themes, kept for a few minutes per session, and
 * the account's saved filters:
 * working them out reads the whole portfolio, and they change only when an initiative is added or
 * renamed or its themes change. After the dashboard has refreshed figures (themes come with them)
 * the list is read anew.
 */
@SessionScoped
public class PortfolioChoices implements Serializable {

    static final Duration KEPT = Duration.ofMinutes(5);

    @EJB
    DashboardService dashboard;

    private DashboardService.Choices choices;
    private Instant readAt;
    private List<SavedFilter> saved;

    public DashboardService.Choices get() {
        if (choices == null || readAt.isBefore(Instant.now().minus(KEPT))) {
            choices = dashboard.choices();
            readAt = Instant.now();
        }
        return choices;
    }

    /** Read them anew at the next {@link #get()}. */
    public void forget() {
        choices = null;
    }

    /** The account's saved filters; only this session changes them ({@link #forgetSaved()}). */
    public List<SavedFilter> saved() {
        if (saved == null) {
            saved = dashboard.savedFilters();
        }
        return saved;
    }

    public void forgetSaved() {
        saved = null;
    }
}
