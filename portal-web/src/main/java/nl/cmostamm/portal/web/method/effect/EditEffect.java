package nl.cmostamm.portal.web.method.effect;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.effect.Effect;
import nl.cmostamm.portal.method.effect.EffectForm;
import nl.cmostamm.portal.method.effect.EffectService;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * A new effect, or the settings of one ({@code ?id=}): its title and description, the outcome or
 * impact of the Theory of Change it stands for or, without one, a goal, and the indicators that
 * show it. The choices are read once when the page opens.
 */
@Named
@ViewScoped
public class EditEffect implements Serializable {

    private static final String LIST = "/app/method/effects.xhtml";

    @EJB
    EffectService effects;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    GoalService goalService;

    private EffectForm form;
    private List<TocElement> outcomes;
    private List<Goal> goals;
    private List<Indicator> indicators;

    @PostConstruct
    void load() {
        form = effects.effectForm(Navigation.idParameter("id"));
        outcomes = new ArrayList<>(toc.elementsAt(Level.OUTCOME));
        outcomes.addAll(toc.elementsAt(Level.IMPACT));
        goals = goalService.goals();
        indicators = goalService.indicatorChoices();
    }

    public void save() {
        boolean created = form.isNew();
        Effect saved = ServiceCall.attempt("effect", () -> effects.saveEffect(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "effect.created" : "effect.saved"));
            Navigation.redirect("/app/method/effect.xhtml?id=" + saved.getId());
        }
    }

    public void delete() {
        if (ServiceCall.run("effect", () -> effects.deleteEffect(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("effect.deleted"));
            Navigation.redirect(LIST);
        }
    }

    public EffectForm getForm() {
        return form;
    }

    /** The outcomes, then the impacts, of the Theory of Change. */
    public List<TocElement> getOutcomes() {
        return outcomes;
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }
}
