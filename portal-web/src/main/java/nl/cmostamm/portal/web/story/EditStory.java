package nl.cmostamm.portal.web.story;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryForm;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.story.TellerRole;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/** Writing down a story, or editing one ({@code ?id=}), tagged with the initiative's themes and goals. */
@Named
@ViewScoped
public class EditStory implements Serializable {

    @EJB
    StoryService stories;

    @EJB
    InitiativeService initiatives;

    @EJB
    GoalService goalService;

    private StoryForm form;
    private List<ValueTheme> themes;
    private List<Goal> goals;

    @PostConstruct
    void load() {
        form = stories.form(Navigation.idParameter("id"));
        themes = initiatives.themes();
        goals = goalService.goals();
    }

    public void save() {
        boolean created = form.getId() == null;
        Story saved = ServiceCall.attempt("story", () -> stories.save(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "story.created" : "story.saved"));
            Navigation.redirect("/app/story/story.xhtml?id=" + saved.getId());
        }
    }

    public StoryForm getForm() {
        return form;
    }

    public List<ValueTheme> getThemes() {
        return themes;
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public TellerRole[] getRoles() {
        return TellerRole.values();
    }
}
