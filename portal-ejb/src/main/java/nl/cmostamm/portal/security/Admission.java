package nl.cmostamm.portal.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.tenant.TenantAware;

/**
 * Decides whether the logged-in account may enter an initiative. The web layer asks this before it
 * puts an initiative in the session, and services ask it again before they change anything: an id
 * from a request is never trusted on its own. An initiative the account may not enter is reported
 * as not found, so ids of other initiatives cannot be probed.
 */
@Stateless
@TenantAware
public class Admission {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Admittance admit(long initiativeId) {
        Account account = em.find(Account.class, Tenancy.requireAccount());
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (account == null || !account.isActive() || initiative == null) {
            throw new NotFoundException("Initiative");
        }
        return new Admittance(
                initiative.getId(), initiative.getSlug(), initiative.getName(), standing(account, initiativeId));
    }

    /** The standing of the current account in the initiative of the current scope. */
    public Standing currentStanding() {
        Long initiativeId = Tenancy.current().initiativeId();
        if (initiativeId == null) {
            throw new NotFoundException("Initiative");
        }
        return admit(initiativeId).standing();
    }

    /** Refuses unless the current account may manage the current initiative. */
    public Standing requireManager() {
        Standing standing = currentStanding();
        if (!standing.mayManage()) {
            throw new AccessDeniedException("Only board admins and advisors may do this");
        }
        return standing;
    }

    public void requireAdmin() {
        Account account = em.find(Account.class, Tenancy.requireAccount());
        if (account == null || !account.isAdmin()) {
            throw new AccessDeniedException("Only the knowledge centre's admins may do this");
        }
    }

    /** The boards the current account sits on, for the initiative switcher. */
    public List<Admittance> myBoards() {
        return em
                .createNamedQuery(BoardMembership.OF_ACCOUNT, BoardMembership.class)
                .setParameter("account", Tenancy.requireAccount())
                .getResultList()
                .stream()
                .map(m -> new Admittance(
                        m.getInitiative().getId(),
                        m.getInitiative().getSlug(),
                        m.getInitiative().getName(),
                        m.getRole() == BoardRole.BOARD_ADMIN ? Standing.BOARD_ADMIN : Standing.BOARD_MEMBER))
                .toList();
    }

    private Standing standing(Account account, long initiativeId) {
        if (account.isAdmin()) {
            return Standing.ADMIN;
        }
        if (account.isAdvisor()
                && !em.createNamedQuery(AdvisorAssignment.ONE, AdvisorAssignment.class)
                        .setParameter("initiative", initiativeId)
                        .setParameter("account", account.getId())
                        .getResultList()
                        .isEmpty()) {
            return Standing.ADVISOR;
        }
        return em.createNamedQuery(BoardMembership.ONE, BoardMembership.class)
                .setParameter("initiative", initiativeId)
                .setParameter("account", account.getId())
                .getResultStream()
                .findFirst()
                .map(m -> m.getRole() == BoardRole.BOARD_ADMIN ? Standing.BOARD_ADMIN : Standing.BOARD_MEMBER)
                .orElseThrow(() -> new NotFoundException("Initiative"));
    }
}
