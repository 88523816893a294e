package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.toc.ElementForm;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * The step plan "Stapsgewijs naar een verandertheorie": ten questions, one per page ({@code
 * ?step=}; without it the board resumes where it last was). Steps 1 to 7 collect the elements of
 * the chain, several answers per question; steps 8 to 10 tie the outputs, outcomes and impact to
 * indicators of the goals module. Every answer is saved when it is added, and the step when the
 * board moves on, so anyone can leave halfway and resume.
 */
@Named
@ViewScoped
public class TocSteps implements Serializable {

    /** The flash key that puts the focus back in the answer field after an answer was added. */
    private static final String ANSWER_ADDED = "tocAnswerAdded";

    /** The steps that collect elements of a level; the three after them measure a level. */
    private static final int ELEMENT_STEPS = 7;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    GoalService goals;

    private int step;
    private List<TocElement> answers;
    private List<Indicator> indicators = List.of();
    private final Map<Long, Long> chosenIndicator = new HashMap<>();
    private String newTitle;
    private String newDescription;

    @PostConstruct
    void load() {
        Long requested = Navigation.idParameter("step");
        if (requested == null) {
            step = toc.plan().step();
        } else if (requested > 10) {
            throw new NotFoundException("step");
        } else {
            step = requested.intValue();
        }
        answers = toc.elementsAt(getLevel());
        if (isMeasuring()) {
            indicators = goals.indicatorChoices();
        }
    }

    /** The level this step collects (1–7) or measures (8–10). */
    public Level getLevel() {
        return step <= ELEMENT_STEPS ? Level.values()[step - 1] : Level.values()[step - ELEMENT_STEPS + 3];
    }

    public boolean isMeasuring() {
        return step > ELEMENT_STEPS;
    }

    /** Adds the typed answer as an element of this step's level and stays on the step. */
    public void add() {
        if (saveTyped()) {
            Messages.addFlashGlobalInfo(Texts.text("toc.steps.added"));
            // back in the field for the next answer, so a keyboard user need not Tab through the menu
            org.omnifaces.util.Faces.getFlash().put(ANSWER_ADDED, Boolean.TRUE);
            Navigation.redirect("/app/method/toc-steps.xhtml?step=" + step);
        }
    }

    /** Saves an answer still in the field, then moves on (and remembers the step). */
    public void next() {
        if (!isMeasuring() && newTitle != null && !newTitle.isBlank() && !saveTyped()) {
            return;
        }
        if (step == 10) {
            toc.reach(10, true);
            Messages.addFlashGlobalInfo(Texts.text("toc.steps.done"));
            Navigation.redirect("/app/method/toc.xhtml");
        } else {
            toc.reach(step + 1, false);
            Navigation.redirect("/app/method/toc-steps.xhtml?step=" + (step + 1));
        }
    }

    public void previous() {
        toc.reach(step - 1, false);
        Navigation.redirect("/app/method/toc-steps.xhtml?step=" + (step - 1));
    }

    /**
     * Leaves the plan, keeping an answer still in the field; the step is remembered, so "Verder met
     * het stappenplan" comes back here.
     */
    public void later() {
        if (!isMeasuring() && newTitle != null && !newTitle.isBlank() && !saveTyped()) {
            return;
        }
        toc.reach(step, false);
        Messages.addFlashGlobalInfo(Texts.text("toc.steps.saved", step));
        Navigation.redirect("/app/method/toc.xhtml");
    }

    public void remove(long id, long version) {
        if (ServiceCall.run("answers", () -> toc.deleteElement(id, version))) {
            Messages.addFlashGlobalInfo(Texts.text("toc.element.deleted"));
            Navigation.redirect("/app/method/toc-steps.xhtml?step=" + step);
        }
    }

    public void tie(TocElement element) {
        Long indicatorId = chosenIndicator.get(element.getId());
        if (indicatorId == null) {
            Texts.error("toc.indicator.choose");
            return;
        }
        if (ServiceCall.run("answers", () -> toc.tie(element.getId(), element.getVersion(), indicatorId))) {
            Messages.addFlashGlobalInfo(Texts.text("toc.indicator.tied"));
            Navigation.redirect("/app/method/toc-steps.xhtml?step=" + step);
        }
    }

    private boolean saveTyped() {
        ElementForm form = new ElementForm(getLevel());
        form.setTitle(newTitle);
        form.setDescription(newDescription);
        return ServiceCall.attempt("answer", () -> toc.saveElement(form)) != null;
    }

    /** The indicators not yet tied to {@code element}: the ones it makes sense to tie. */
    public List<Indicator> untied(TocElement element) {
        return indicators.stream()
                .filter(i -> element.getIndicators().stream()
                        .noneMatch(tied -> tied.getId().equals(i.getId())))
                .toList();
    }

    public boolean isAnswerAdded() {
        return Boolean.TRUE.equals(org.omnifaces.util.Faces.getFlash().get(ANSWER_ADDED));
    }

    public int getStep() {
        return step;
    }

    public List<Integer> getSteps() {
        return java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList();
    }

    public List<TocElement> getAnswers() {
        return answers;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public Map<Long, Long> getChosenIndicator() {
        return chosenIndicator;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
