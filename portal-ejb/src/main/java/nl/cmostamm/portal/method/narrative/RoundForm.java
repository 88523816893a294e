package nl.cmostamm.portal.method.narrative;

import java.time.LocalDate;
import nl.cmostamm.portal.shared.EditForm;

/** A round as edited: its title, the question put to the tellers and the collection period. */
public class RoundForm extends EditForm {

    private String title;
    private String question;
    private LocalDate collectFrom;
    private LocalDate collectUntil;

    static RoundForm of(MscRound round) {
        RoundForm form = new RoundForm();
        form.id = round.getId();
        form.version = round.getVersion();
        form.title = round.getTitle();
        form.question = round.getQuestion();
        form.collectFrom = round.getCollectFrom();
        form.collectUntil = round.getCollectUntil();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public LocalDate getCollectFrom() {
        return collectFrom;
    }

    public void setCollectFrom(LocalDate collectFrom) {
        this.collectFrom = collectFrom;
    }

    public LocalDate getCollectUntil() {
        return collectUntil;
    }

    public void setCollectUntil(LocalDate collectUntil) {
        this.collectUntil = collectUntil;
    }
}
