package nl.cmostamm.portal.web.goal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalProgress.IndicatorProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.web.shared.ActiveLocale;

/**
 * The goal overview: every goal with its indicators' latest value against the target, a traffic
 * light in words and colour, and a chart per indicator. Loaded once per view in three queries; the
 * charts' JSON is made once per indicator, not in every getter call.
 */
@Named
@ViewScoped
public class GoalOverview implements Serializable {

    @EJB
    GoalService goals;

    @Inject
    ActiveLocale activeLocale;

    private List<GoalProgress> overview;
    private final Map<Long, String> charts = new HashMap<>();

    @PostConstruct
    void load() {
        overview = goals.overview();
        for (GoalProgress goal : overview) {
            for (IndicatorProgress indicator : goal.indicators()) {
                charts.put(indicator.indicator().getId(), IndicatorChart.json(indicator, activeLocale.getLocale()));
            }
        }
    }

    public List<GoalProgress> getOverview() {
        return overview;
    }

    public String chart(long indicatorId) {
        return charts.get(indicatorId);
    }
}
