package nl.cmostamm.portal.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.shared.Mailer;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.tenant.TenantAware;

/**
 * The knowledge centre's staff: admins add advisors and assign them to initiatives. Assigning
 * happens inside the initiative (the current tenant), because the database lets a transaction
 * write admission rows only for its own tenant.
 */
@Stateless
@TenantAware
public class AdvisorService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Admission admission;

    @EJB
    AccountService accounts;

    @Inject
    Mailer mailer;

    public List<Account> advisors() {
        admission.requireAdmin();
        return em.createNamedQuery(Account.ADVISORS, Account.class).getResultList();
    }

    /** Adds an advisor (or makes an existing account one) and returns the invitation. */
    public Invitation addAdvisor(String email, String displayName) {
        admission.requireAdmin();
        String normalised = Account.normalise(email);
        if (normalised == null || !normalised.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalised.length() > 254) {
            throw new ValidationFailure("account.email.invalid", "email");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            throw new ValidationFailure("account.name.invalid", "displayName");
        }
        Account account = accounts.findByEmail(normalised).orElseGet(() -> {
            Account created = new Account(normalised, displayName.strip());
            em.persist(created);
            return created;
        });
        if (account.isAdvisor()) {
            throw new ValidationFailure("advisor.exists", "email");
        }
        account.setAdvisor(true);
        if (account.hasPassword()) {
            return new Invitation(account.getEmail(), null, false);
        }
        String token = accounts.issueToken(account, AuthToken.Purpose.INVITATION);
        boolean mailed = mailer.sendInvitation(account.getEmail(), account.getDisplayName(), "CMO STAMM", token);
        return new Invitation(account.getEmail(), token, mailed);
    }

    /** Switches an advisor's access on or off; an inactive account cannot log in. */
    public void setActive(long accountId, boolean active) {
        admission.requireAdmin();
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
    public List<AdvisorAssignment> assignments() {
        admission.currentStanding();
        return em.createNamedQuery(AdvisorAssignment.OF_INITIATIVE, AdvisorAssignment.class)
                .setParameter("initiative", currentInitiative()).getResultList();
    }

    public void assign(long advisorId) {
        admission.requireAdmin();
        long initiativeId = currentInitiative();
        Account advisor = em.find(Account.class, advisorId);
        if (advisor == null || !advisor.isAdvisor()) {
            throw new NotFoundException("Advisor");
        }
        if (!em.createNamedQuery(AdvisorAssignment.ONE, AdvisorAssignment.class)
                .setParameter("initiative", initiativeId).setParameter("account", advisorId).getResultList().isEmpty()) {
            throw new ValidationFailure("advisor.alreadyAssigned", "advisor");
        }
        em.persist(new AdvisorAssignment(em.find(Initiative.class, initiativeId), advisor));
    }

    public void unassign(long assignmentId) {
        admission.requireAdmin();
        AdvisorAssignment assignment = assignments().stream().filter(a -> a.getId() == assignmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Assignment"));
        em.remove(assignment);
    }

    private static long currentInitiative() {
        Long id = Tenancy.current().initiativeId();
        if (id == null) {
            throw new NotFoundException("Initiative");
        }
        return id;
    }
}
