package nl.cmostamm.portal.web.goal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.activity.ActivityService;
import nl.cmostamm.portal.goal.Computation;
import nl.cmostamm.portal.goal.Direction;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.goal.IndicatorKind;
import nl.cmostamm.portal.goal.ValueType;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * Creating ({@code ?goal=}) or editing ({@code ?id=}) an indicator: what is measured, the type and
 * unit of its values, baseline and target, and how the information is gathered. Both ids are
 * looked up within the entered initiative only.
 */
@Named
@ViewScoped
public class EditIndicator implements Serializable {

    @EJB
    GoalService goals;

    @EJB
    ActivityService activityRegister;

    @Inject
    ActiveInitiative activeInitiative;

    private IndicatorForm form;
    private long goalId;
    private String goalTitle;
    private List<Activity> activities;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        Long goal = Navigation.idParameter("goal");
        Indicator indicator;
        if (id != null) {
            indicator = goals.indicator(id);
        } else if (goal != null) {
            indicator = goals.newIndicator(goal);
        } else {
            throw new NotFoundException("Indicator");
        }
        goalId = indicator.getGoal().getId();
        goalTitle = indicator.getGoal().getTitle();
        form = IndicatorForm.of(indicator);
        activities = activityRegister.activities();
    }

    public void save() {
        boolean created = form.isNew();
        if (ServiceCall.attempt("indicator", () -> goals.saveIndicator(goalId, form)) != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "indicator.created" : "indicator.saved"));
            Navigation.redirect("/app/goal/edit-goal.xhtml?id=" + goalId);
        }
    }

    public void delete() {
        if (ServiceCall.run("indicator", () -> goals.deleteIndicator(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("indicator.deleted"));
            Navigation.redirect("/app/goal/edit-goal.xhtml?id=" + goalId);
        }
    }

    public boolean isManager() {
        return activeInitiative.isManager();
    }

    public IndicatorForm getForm() {
        return form;
    }

    public long getGoalId() {
        return goalId;
    }

    public String getGoalTitle() {
        return goalTitle;
    }

    public IndicatorKind[] getKinds() {
        return IndicatorKind.values();
    }

    public ValueType[] getValueTypes() {
        return ValueType.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public Computation[] getComputations() {
        return Computation.values();
    }

    public List<Activity> getActivities() {
        return activities;
    }
}
