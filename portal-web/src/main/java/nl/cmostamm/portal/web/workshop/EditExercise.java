package nl.cmostamm.portal.web.workshop;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.web.shared.Focus;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.workshop.AppliesTo;
import nl.cmostamm.portal.workshop.ExerciseForm;
import nl.cmostamm.portal.workshop.ExerciseLibrary;
import nl.cmostamm.portal.workshop.ExerciseVersion;
import nl.cmostamm.portal.workshop.ExerciseVersionEntry;
import nl.cmostamm.portal.workshop.StepKind;
import org.omnifaces.util.Messages;

/**
 * Writing an exercise of the library ({@code /app/workshop/exercise.xhtml?id=}, no id for a new
 * one): its texts in Dutch and English and its steps, added, removed and moved in the page until
 * the advisor saves. Saving writes the next version and never changes one, so sessions planned
 * earlier keep theirs. Advisors and admins only (web.xml closes {@code /app/workshop/*} to others,
 * the service refuses them as well). The form keeps the exercise's version it was opened with, so a
 * save after another advisor's is a conflict. Below the form, the versions written so far.
 */
@Named
@ViewScoped
public class EditExercise implements Serializable {

    private static final String PAGE = "/app/workshop/exercise.xhtml";
    private static final String FORM = "exercise";

    @EJB
    ExerciseLibrary library;

    private Long id;
    private ExerciseForm form;
    private List<ExerciseVersionEntry> history = List.of();

    /** The view action: a copy of the newest version of {@code ?id=}, or a blank exercise. */
    public void load() {
        form = library.form(id);
        history = id == null ? List.of() : library.history(id);
    }

    public void save() {
        ExerciseVersion saved = ServiceCall.attempt(FORM, () -> library.save(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text("exercise.saved", String.valueOf(saved.getNumber())));
            Navigation.redirect(PAGE + "?id=" + saved.getExercise().getId());
        }
    }

    public void retire() {
        if (ServiceCall.run("use", () -> library.retire(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("exercise.retired"));
            Navigation.redirect(PAGE + "?id=" + form.getId());
        }
    }

    public void reactivate() {
        if (ServiceCall.run("use", () -> library.reactivate(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("exercise.reactivated"));
            Navigation.redirect(PAGE + "?id=" + form.getId());
        }
    }

    // ---- the steps, rearranged in the page until the advisor saves; the moved step keeps the focus

    public void addStep() {
        if (form.addStep()) {
            Focus.on(step(form.getSteps().size() - 1, "titleNl"));
        }
    }

    public void removeStep(int index) {
        form.removeStep(index);
        Focus.on(FORM + ":addStep");
    }

    public void moveUp(int index) {
        if (index > 0) {
            form.moveUp(index);
            Focus.on(step(index - 1, index - 1 == 0 ? "down" : "up"));
        }
    }

    public void moveDown(int index) {
        if (index < form.getSteps().size() - 1) {
            form.moveDown(index);
            Focus.on(step(index + 1, index + 1 == form.getSteps().size() - 1 ? "up" : "down"));
        }
    }

    /** The client id of {@code field} in the step at {@code index}, as the page's repeat numbers them. */
    private static String step(int index, String field) {
        return FORM + ":steps:" + index + ":" + field;
    }

    // ---- what the page shows

    public boolean isFull() {
        return form.getSteps().size() >= ExerciseForm.MAX_STEPS;
    }

    public int getMaxSteps() {
        return ExerciseForm.MAX_STEPS;
    }

    public StepKind[] getKinds() {
        return StepKind.values();
    }

    public AppliesTo[] getTargets() {
        return AppliesTo.values();
    }

    public ExerciseForm getForm() {
        return form;
    }

    public List<ExerciseVersionEntry> getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
