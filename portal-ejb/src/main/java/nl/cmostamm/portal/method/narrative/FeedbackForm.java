package nl.cmostamm.portal.method.narrative;

import java.time.LocalDate;
import nl.cmostamm.portal.shared.EditForm;

/** Feedback to a teller as recorded: when, how, and a note. */
public class FeedbackForm extends EditForm {

    private Long entryId;
    private LocalDate givenOn;
    private FeedbackChannel channel;
    private String note;

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public void setChannel(FeedbackChannel channel) {
        this.channel = channel;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
