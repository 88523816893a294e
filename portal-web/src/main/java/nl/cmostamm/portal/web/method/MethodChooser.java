package nl.cmostamm.portal.web.method;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Advice;
import nl.cmostamm.portal.method.chooser.AdvisorNoteForm;
import nl.cmostamm.portal.method.chooser.Capacity;
import nl.cmostamm.portal.method.chooser.ChooserAnswers;
import nl.cmostamm.portal.method.chooser.ChooserForm;
import nl.cmostamm.portal.method.chooser.ChooserStep;
import nl.cmostamm.portal.method.chooser.Euros;
import nl.cmostamm.portal.method.chooser.ExistingData;
import nl.cmostamm.portal.method.chooser.MethodChoice;
import nl.cmostamm.portal.method.chooser.MethodChoiceService;
import nl.cmostamm.portal.method.chooser.OutsideHelp;
import nl.cmostamm.portal.method.chooser.Phase;
import nl.cmostamm.portal.method.chooser.Purpose;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The chooser page. Without a recorded choice it opens on the first question; with one, on the
 * current choice, its advice, the advisor's note and the earlier takes, from where the board can
 * take the chooser again, starting from its current answers. The questions are asked one per
 * step ({@link #getStep()} 1 to 5) in this view-scoped bean, so going back keeps what was ticked;
 * each step is checked by the same rule the service applies when the choice is recorded.
 */
@Named
@ViewScoped
public class MethodChooser implements Serializable {

    private static final ChooserStep[] STEPS = ChooserStep.values();

    /** The step that shows the advice on the new answers, after the last question. */
    private static final int ADVICE = STEPS.length + 1;

    @EJB
    MethodChoiceService choices;

    @Inject
    ActiveInitiative activeInitiative;

    private MethodChoice current;
    private ChooserAnswers currentAnswers;
    private List<Purpose> currentPurposes;
    private List<ExistingData> currentData;
    private Advice currentAdvice;
    private AdvisorNoteForm noteForm;
    private ChooserForm form;
    private Advice draftAdvice;

    /** 0 while the current choice is shown, 1 to 5 while the questions are asked, then {@link #ADVICE}. */
    private int step;

    private final LazyDataModel<MethodChoice> history = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) choices.historyCount();
        }

        @Override
        public List<MethodChoice> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return choices.history(first, pageSize);
        }
    };

    @PostConstruct
    void load() {
        current = choices.current().orElse(null);
        if (current == null) {
            form = new ChooserForm();
            step = 1;
        } else {
            currentAnswers = current.getAnswers();
            currentPurposes = List.copyOf(currentAnswers.purposes());
            currentData = List.copyOf(currentAnswers.data());
            currentAdvice = choices.advise(currentAnswers);
            noteForm = AdvisorNoteForm.of(current);
        }
    }

    /** Takes the chooser again, starting from the answers of the current choice. */
    public void retake() {
        form = ChooserForm.of(currentAnswers);
        step = 1;
    }

    /** Back to the current choice, leaving the new answers. */
    public void stop() {
        step = 0;
    }

    /** Checks this step's answers; after the last question, asks for the advice. */
    public void next() {
        ChooserStep question = STEPS[step - 1];
        if (!ServiceCall.run("chooser", () -> form.answers().check(question))) {
            return;
        }
        if (step < STEPS.length) {
            step++;
            return;
        }
        Advice advice = ServiceCall.attempt("chooser", () -> choices.advise(form.answers()));
        if (advice != null) {
            draftAdvice = advice;
            form.setChosen(advice.recommendedMethods().toArray(Method[]::new));
            step = ADVICE;
        }
    }

    /** One step back; what was ticked on this step and the earlier ones stays. */
    public void back() {
        if (step > 1) {
            step--;
        }
    }

    public void record() {
        if (ServiceCall.attempt("choose", () -> choices.record(form)) != null) {
            Messages.addFlashGlobalInfo(Texts.text("chooser.recorded"));
            Navigation.redirect("/app/method/chooser.xhtml");
        }
    }

    public void saveNote() {
        if (ServiceCall.attempt("noteForm", () -> choices.saveNote(noteForm)) != null) {
            Messages.addFlashGlobalInfo(Texts.text("chooser.note.saved"));
            Navigation.redirect("/app/method/chooser.xhtml");
        }
    }

    /** For Faces' date converter, which formats java.util.Date in the given time zone. */
    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public boolean isOverview() {
        return step == 0;
    }

    public boolean isAsking() {
        return step >= 1 && step <= STEPS.length;
    }

    public boolean isAdvising() {
        return step == ADVICE;
    }

    public int getStep() {
        return step;
    }

    public int getStepCount() {
        return STEPS.length;
    }

    public boolean isLastQuestion() {
        return step == STEPS.length;
    }

    /** The question of this step. */
    public ChooserStep getQuestion() {
        return isAsking() ? STEPS[step - 1] : null;
    }

    public ChooserStep[] getSteps() {
        return STEPS;
    }

    /** An advisor of this initiative or an admin: writes the note on the advice. */
    public boolean isAdvisor() {
        return activeInitiative.isAdvisor();
    }

    public MethodChoice getCurrent() {
        return current;
    }

    public List<Purpose> getCurrentPurposes() {
        return currentPurposes;
    }

    public List<ExistingData> getCurrentData() {
        return currentData;
    }

    public ChooserAnswers getCurrentAnswers() {
        return currentAnswers;
    }

    public Advice getCurrentAdvice() {
        return currentAdvice;
    }

    public AdvisorNoteForm getNoteForm() {
        return noteForm;
    }

    public ChooserForm getForm() {
        return form;
    }

    public Advice getDraftAdvice() {
        return draftAdvice;
    }

    public LazyDataModel<MethodChoice> getHistory() {
        return history;
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public Euros[] getEurosOptions() {
        return Euros.values();
    }

    public ExistingData[] getDataOptions() {
        return ExistingData.values();
    }

    public Capacity[] getCapacities() {
        return Capacity.values();
    }

    public OutsideHelp[] getHelpOptions() {
        return OutsideHelp.values();
    }

    public Phase[] getPhases() {
        return Phase.values();
    }

    public Method[] getMethods() {
        return Method.values();
    }
}
