package nl.cmostamm.portal.web.goal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.GoalStatus;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * Creating or editing one goal ({@code ?id=} of a goal of the entered initiative; another id is
 * not found). The themes, target groups and effect are chosen from the initiative's own lists.
 * The form keeps the version it was opened with, so a save after someone else's is a conflict.
 */
@Named
@ViewScoped
public class EditGoal implements Serializable {

    @EJB
    GoalService goals;

    @EJB
    InitiativeService initiatives;

    @Inject
    ActiveInitiative activeInitiative;

    private GoalForm form;
    private List<Indicator> indicators = List.of();
    private List<ValueTheme> themes;
    private List<TargetGroup> targetGroups;
    private List<SocietalEffect> effects;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        form = goals.form(id);
        if (id != null) {
            indicators = goals.indicatorsOf(id);
        }
        themes = initiatives.themes();
        targetGroups = initiatives.targetGroups();
        effects = initiatives.effects();
    }

    public void save() {
        boolean created = form.isNew();
        Goal saved = ServiceCall.attempt("goal", () -> goals.save(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "goal.created" : "goal.saved"));
            Navigation.redirect(
                    created ? "/app/goal/edit-goal.xhtml?id=" + saved.getId() : "/app/goal/goal-overview.xhtml");
        }
    }

    public void delete() {
        if (ServiceCall.run("goal", () -> goals.delete(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("goal.deleted"));
            Navigation.redirect("/app/goal/goal-overview.xhtml");
        }
    }

    public boolean isManager() {
        return activeInitiative.isManager();
    }

    public GoalForm getForm() {
        return form;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public List<ValueTheme> getThemes() {
        return themes;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public List<SocietalEffect> getEffects() {
        return effects;
    }

    public GoalStatus[] getStatuses() {
        return GoalStatus.values();
    }
}
