package nl.cmostamm.portal.web.initiative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorAssignment;
import nl.cmostamm.portal.security.AdvisorService;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.web.security.ActiveUser;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/** Which advisors work in the entered initiative; only admins assign and unassign them. */
@Named
@ViewScoped
public class InitiativeAdvisors implements Serializable {

    @EJB
    AdvisorService advisors;

    @Inject
    ActiveUser activeUser;

    private List<AdvisorAssignment> assignments;
    private List<Account> candidates;
    private Long advisorId;

    @PostConstruct
    void load() {
        if (!activeUser.isAdmin()) {
            throw new AccessDeniedException("Only admins assign advisors");
        }
        refresh();
    }

    private void refresh() {
        assignments = advisors.assignments();
        candidates = advisors.advisors().stream()
                .filter(Account::isAdvisor)
                .filter(a -> assignments.stream()
                        .noneMatch(x -> x.getAdvisor().getId().equals(a.getId())))
                .toList();
    }

    public void assign() {
        if (advisorId != null && ServiceCall.run("assign", () -> advisors.assign(advisorId))) {
            Texts.info("advisors.assigned");
        }
        advisorId = null;
        refresh();
    }

    public void unassign(long assignmentId) {
        if (ServiceCall.run(null, () -> advisors.unassign(assignmentId))) {
            Texts.info("advisors.unassigned");
        }
        refresh();
    }

    public List<AdvisorAssignment> getAssignments() {
        return assignments;
    }

    public List<Account> getCandidates() {
        return candidates;
    }

    public Long getAdvisorId() {
        return advisorId;
    }

    public void setAdvisorId(Long advisorId) {
        this.advisorId = advisorId;
    }
}
