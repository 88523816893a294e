package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.method.toc.ElementForm;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService.NewIndicator;
import nl.cmostamm.portal.method.toc.TocComment;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.method.toc.TocLink;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.survey.Survey;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * One element of the Theory of Change ({@code ?id=}, or {@code ?level=} for a new one): its texts,
 * the indicators, stories and surveys that are its evidence, a new indicator for it, its links and
 * the comments of the board and its advisors.
 */
@Named
@ViewScoped
public class EditTocElement implements Serializable {

    @EJB
    TheoryOfChangeService toc;

    @EJB
    GoalService goals;

    private ElementForm form;
    private List<Indicator> indicators;
    private List<Story> stories;
    private List<Survey> surveys;
    private List<Goal> goalChoices;
    private List<TocLink> links = List.of();
    private List<TocComment> comments = List.of();
    private String comment;
    private Long newGoalId;
    private String newName;
    private String newInformation;
    private String newCollection;
    private String newSource;
    private Frequency newFrequency;

    /** The step of the plan this page was opened from (8 to 10), to go back to; null from elsewhere. */
    private Long fromStep;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        fromStep = Navigation.idParameter("step");
        if (fromStep != null && (fromStep < 1 || fromStep > 10)) {
            throw new NotFoundException("step");
        }
        form = toc.elementForm(id, id == null ? level() : null);
        indicators = goals.indicatorChoices();
        stories = toc.storyChoices();
        surveys = toc.surveyChoices();
        goalChoices = goals.goals();
        newGoalId = goalChoices.isEmpty() ? null : goalChoices.get(0).getId();
        newFrequency = new IndicatorForm().getFrequency();
        if (id != null) {
            links = toc.linksOf(id);
            comments = toc.comments(id);
        }
    }

    private static Level level() {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("level");
        try {
            return value == null ? Level.PROBLEM : Level.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("level");
        }
    }

    public void save() {
        boolean created = form.isNew();
        TocElement saved = ServiceCall.attempt("element", () -> toc.saveElement(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "toc.element.created" : "toc.element.saved"));
            Navigation.redirect("/app/method/toc.xhtml#element-" + saved.getId());
        }
    }

    public void delete() {
        if (ServiceCall.run("element", () -> toc.deleteElement(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("toc.element.deleted"));
            Navigation.redirect("/app/method/toc.xhtml");
        }
    }

    public void addIndicator() {
        Indicator made = ServiceCall.attempt(
                "newIndicator",
                () -> toc.newIndicator(
                        form.getId(),
                        form.getVersion(),
                        new NewIndicator(newGoalId, newName, newInformation, newCollection, newSource, newFrequency)));
        if (made != null) {
            Messages.addFlashGlobalInfo(Texts.text("toc.indicator.created", made.getName()));
            Navigation.redirect(
                    fromStep != null
                            ? "/app/method/toc-steps.xhtml?step=" + fromStep
                            : "/app/method/toc-element.xhtml?id=" + form.getId());
        }
    }

    public void addComment() {
        if (ServiceCall.attempt("comment", () -> toc.comment(form.getId(), comment)) != null) {
            Messages.addFlashGlobalInfo(Texts.text("toc.comment.added"));
            Navigation.redirect("/app/method/toc-element.xhtml?id=" + form.getId());
        }
    }

    public Long getFromStep() {
        return fromStep;
    }

    public ElementForm getForm() {
        return form;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public List<Story> getStories() {
        return stories;
    }

    public List<Survey> getSurveys() {
        return surveys;
    }

    public List<Goal> getGoalChoices() {
        return goalChoices;
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public List<TocLink> getLinks() {
        return links;
    }

    public List<TocComment> getComments() {
        return comments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getNewGoalId() {
        return newGoalId;
    }

    public void setNewGoalId(Long newGoalId) {
        this.newGoalId = newGoalId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewInformation() {
        return newInformation;
    }

    public void setNewInformation(String newInformation) {
        this.newInformation = newInformation;
    }

    public String getNewCollection() {
        return newCollection;
    }

    public void setNewCollection(String newCollection) {
        this.newCollection = newCollection;
    }

    public String getNewSource() {
        return newSource;
    }

    public void setNewSource(String newSource) {
        this.newSource = newSource;
    }

    public Frequency getNewFrequency() {
        return newFrequency;
    }

    public void setNewFrequency(Frequency newFrequency) {
        this.newFrequency = newFrequency;
    }
}
