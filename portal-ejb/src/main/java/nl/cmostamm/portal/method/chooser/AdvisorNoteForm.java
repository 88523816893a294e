package nl.cmostamm.portal.method.chooser;

import nl.cmostamm.portal.shared.EditForm;

/**
 * The advisor's note on a choice as edited on the chooser page: {@code id} is the choice's, and
 * {@code version} the choice's version when the page was opened, so two advisors writing at once
 * get a conflict instead of overwriting each other. A blank note removes it.
 */
public class AdvisorNoteForm extends EditForm {

    private String note;

    public static AdvisorNoteForm of(MethodChoice choice) {
        AdvisorNoteForm form = new AdvisorNoteForm();
        form.id = choice.getId();
        form.version = choice.getVersion();
        form.note = choice.getAdvisorNote();
        return form;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
