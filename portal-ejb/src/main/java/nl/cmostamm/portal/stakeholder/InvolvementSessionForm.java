package nl.cmostamm.portal.stakeholder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A session of the involvement log as edited: its own fields and how many of each group took part
 * ({@code participants}: group id to number; groups left out or with 0 took no part). {@code
 * version} is the session's version when the edit began; saving with an older one is a conflict.
 */
public class InvolvementSessionForm extends EditForm {

    private LocalDate heldOn;
    private InvolvementMethod method;
    private String title;
    private String outcome;
    private Map<Long, Integer> participants = new HashMap<>();

    public static InvolvementSessionForm of(InvolvementSession session) {
        InvolvementSessionForm form = new InvolvementSessionForm();
        form.id = session.getId();
        form.version = session.getVersion();
        form.heldOn = session.getHeldOn();
        form.method = session.getMethod();
        form.title = session.getTitle();
        form.outcome = session.getOutcome();
        session.getParticipations()
                .forEach(p -> form.participants.put(p.getGroup().getId(), p.getParticipants()));
        return form;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public InvolvementMethod getMethod() {
        return method;
    }

    public void setMethod(InvolvementMethod method) {
        this.method = method;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Map<Long, Integer> getParticipants() {
        return participants;
    }

    public void setParticipants(Map<Long, Integer> participants) {
        this.participants = participants;
    }
}
