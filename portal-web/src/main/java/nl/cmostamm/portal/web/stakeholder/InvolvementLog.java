package nl.cmostamm.portal.web.stakeholder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.stakeholder.InvolvementMethod;
import nl.cmostamm.portal.stakeholder.InvolvementSession;
import nl.cmostamm.portal.stakeholder.InvolvementSessionForm;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.stakeholder.StakeholderService;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The involvement log: sessions held with stakeholders, newest first and paged, and a form to log
 * a new one or correct an earlier one, with how many of each group took part.
 */
@Named
@ViewScoped
public class InvolvementLog implements Serializable {

    @EJB
    StakeholderService stakeholders;

    private List<StakeholderGroup> groups;
    private InvolvementSessionForm form;
    private List<Count> counts = List.of();

    /** How many of one group took part, as typed. */
    public static final class Count implements Serializable {
        private final StakeholderGroup group;
        private Integer participants;

        Count(StakeholderGroup group, Integer participants) {
            this.group = group;
            this.participants = participants;
        }

        public StakeholderGroup getGroup() {
            return group;
        }

        public Integer getParticipants() {
            return participants;
        }

        public void setParticipants(Integer participants) {
            this.participants = participants;
        }
    }

    private final LazyDataModel<InvolvementSession> sessions = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) stakeholders.countSessions();
        }

        @Override
        public List<InvolvementSession> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return stakeholders.sessions(first, pageSize);
        }
    };

    @PostConstruct
    void load() {
        groups = stakeholders.groups();
        blank();
    }

    public void blank() {
        form = new InvolvementSessionForm();
        form.setHeldOn(LocalDate.now());
        counts = groups.stream().map(g -> new Count(g, null)).toList();
    }

    public void edit(InvolvementSession chosen) {
        form = InvolvementSessionForm.of(stakeholders.session(chosen.getId()));
        counts = groups.stream()
                .map(g -> new Count(g, form.getParticipants().get(g.getId())))
                .toList();
    }

    public void save() {
        boolean created = form.isNew();
        Map<Long, Integer> participants = new HashMap<>();
        counts.forEach(c -> participants.put(c.getGroup().getId(), c.getParticipants()));
        form.setParticipants(participants);
        if (ServiceCall.attempt("session", () -> stakeholders.saveSession(form)) != null) {
            Texts.info(created ? "involvement.added" : "involvement.saved");
            blank();
        }
    }

    public void delete(InvolvementSession chosen) {
        if (ServiceCall.run(null, () -> stakeholders.deleteSession(chosen.getId(), chosen.getVersion()))) {
            Texts.info("involvement.deleted");
            blank();
        }
    }

    public List<StakeholderGroup> getGroups() {
        return groups;
    }

    public InvolvementSessionForm getForm() {
        return form;
    }

    public List<Count> getCounts() {
        return counts;
    }

    public LazyDataModel<InvolvementSession> getSessions() {
        return sessions;
    }

    public InvolvementMethod[] getMethods() {
        return InvolvementMethod.values();
    }
}
