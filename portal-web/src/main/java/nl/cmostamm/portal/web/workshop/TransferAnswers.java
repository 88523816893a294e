package nl.cmostamm.portal.web.workshop;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;
import nl.cmostamm.portal.workshop.WorkshopTransfer;

/**
 * Taking a session's picked answers into its initiative ({@code /app/workshop/transfer.xhtml?id=}):
 * the review of what each would become and what is already there, the advisor's choice (and the
 * ToC level of each element), then adding. Every call runs in the tenancy of the session's
 * initiative, which the services check the advisor is admitted to.
 */
@Named
@ViewScoped
public class TransferAnswers implements Serializable {

    @EJB
    WorkshopService workshops;

    @EJB
    WorkshopTransfer transfer;

    private Long id;
    private WorkshopSession session;
    private String initiative;
    private List<WorkshopTransfer.Candidate> candidates = List.of();
    private final Map<Long, Boolean> chosen = new HashMap<>();
    private final Map<Long, Level> levels = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new NotFoundException(WorkshopSession.class.getSimpleName());
        }
        session = workshops.session(id);
        if (session.getInitiativeId() == null) {
            throw new NotFoundException(WorkshopSession.class.getSimpleName());
        }
        initiative = workshops.initiatives().get(session.getInitiativeId());
        read();
    }

    private void read() {
        candidates = inInitiative(() -> transfer.candidates(id));
        chosen.clear();
        levels.clear();
        for (WorkshopTransfer.Candidate c : candidates) {
            chosen.put(c.itemId(), c.status() == WorkshopTransfer.Status.NEW);
            levels.put(c.itemId(), c.level());
        }
    }

    public void apply() {
        List<WorkshopTransfer.Choice> choices = new ArrayList<>();
        for (WorkshopTransfer.Candidate c : candidates) {
            if (Boolean.TRUE.equals(chosen.get(c.itemId())) && c.status() == WorkshopTransfer.Status.NEW) {
                choices.add(new WorkshopTransfer.Choice(c.itemId(), levels.get(c.itemId())));
            }
        }
        if (choices.isEmpty()) {
            Texts.error("workshop.transfer.noneChosen");
            return;
        }
        Integer added = ServiceCall.attempt("transfer", () -> inInitiative(() -> transfer.apply(id, choices)));
        if (added != null) {
            Texts.info("workshop.transfer.added", added, initiative);
            read();
        }
    }

    private <T> T inInitiative(Supplier<T> work) {
        return Tenancy.with(Tenancy.current().withInitiative(session.getInitiativeId()), work);
    }

    public List<Level> getLevels() {
        return List.of(Level.values());
    }

    public boolean isAnyNew() {
        return candidates.stream().anyMatch(c -> c.status() == WorkshopTransfer.Status.NEW);
    }

    public WorkshopSession getSession() {
        return session;
    }

    public String getInitiative() {
        return initiative;
    }

    public List<WorkshopTransfer.Candidate> getCandidates() {
        return candidates;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public Map<Long, Level> getLevelOf() {
        return levels;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The page's {@code id} parameter as typed: anything but a number is simply no session. */
    public String getIdParam() {
        return id == null ? null : id.toString();
    }

    public void setIdParam(String typed) {
        this.id = typed != null && typed.matches("[0-9]{1,18}") ? Long.valueOf(typed) : null;
    }
}
