package nl.cmostamm.portal.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.InitiativeCreated;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The knowledge centre's staff: admins add advisors and assign them to initiatives. Assigning
 * happens inside the initiative (the current tenant), because the database lets a transaction
 * write admission rows only for its own tenant.
 */
@Stateless
@Guarded
public class AdvisorService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccountService accounts;

    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public List<Account> advisors() {
        return em.createNamedQuery(Account.ADVISORS, Account.class).getResultList();
    }

    /** Adds an advisor (or makes an existing account one) and returns the invitation. */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public Invitation addAdvisor(String email, String displayName) {
        Account account = accounts.findOrCreateInvitee(email, displayName);
        if (account.isAdvisor()) {
            throw new ValidationFailure("advisor.exists", "email");
        }
        account.setAdvisor(true);
        return accounts.invite(account, "CMO STAMM");
    }

    /** Switches an advisor's access on or off; an inactive account cannot log in. */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public void setActive(long accountId, boolean active) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isAdvisor()) {
            throw new NotFoundException("Advisor");
        }
        if (account.getId().equals(Tenancy.current().accountId()) && !active) {
            throw new ValidationFailure("advisor.notSelf", null);
        }
        account.setActive(active);
    }

    /** The advisors assigned to the current initiative. */
    @Allow(Caller.BOARD)
    public List<AdvisorAssignment> assignments() {
        return em.createNamedQuery(AdvisorAssignment.OF_INITIATIVE, AdvisorAssignment.class)
                .setParameter("initiative", Tenancy.requireInitiative())
                .getResultList();
    }

    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public void assign(long advisorId) {
        long initiativeId = Tenancy.requireInitiative();
        Account advisor = em.find(Account.class, advisorId);
        if (advisor == null || !advisor.isAdvisor()) {
            throw new NotFoundException("Advisor");
        }
        if (!em.createNamedQuery(AdvisorAssignment.ONE, AdvisorAssignment.class)
                .setParameter("initiative", initiativeId)
                .setParameter("account", advisorId)
                .getResultList()
                .isEmpty()) {
            throw new ValidationFailure("advisor.alreadyAssigned", "advisor");
        }
        em.persist(new AdvisorAssignment(em.find(Initiative.class, initiativeId), advisor));
    }

    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public void unassign(long assignmentId) {
        AdvisorAssignment assignment = assignments().stream()
                .filter(a -> a.getId() == assignmentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Assignment"));
        em.remove(assignment);
    }

    /**
     * An advisor who creates an initiative finds it in their portfolio. Observes the creation inside
     * its one transaction and tenant, so the initiative need not know about advisors.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void creatorJoins(@Observes InitiativeCreated created) {
        Account creator = em.find(Account.class, Tenancy.requireAccount());
        if (creator.isAdvisor() && !creator.isAdmin()) {
            em.persist(new AdvisorAssignment(em.find(Initiative.class, created.initiativeId()), creator));
        }
    }
}
