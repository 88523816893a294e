package nl.cmostamm.portal.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Writes and reads the current initiative's audit log. {@link #record} joins the caller's
 * transaction ({@code MANDATORY}): an entry belongs to the change it describes and is rolled back
 * with it. Reading is for the people who answer for the initiative: its board admins, its advisors
 * and the knowledge centre's admins.
 */
@Stateless
@Guarded
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void record(AuditAction action, String subjectType, Long subjectId, String summary) {
        Account actor = em.getReference(Account.class, Tenancy.requireAccount());
        em.persist(new AuditEntry(actor, action, subjectType, subjectId, summary));
    }

    /**
     * An entry for something a visitor without an account caused, such as opening a published fact
     * sheet: no actor, so the log reads "someone through the public link" rather than a person.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void recordAnonymous(AuditAction action, String subjectType, Long subjectId, String summary) {
        em.persist(new AuditEntry(null, action, subjectType, subjectId, summary));
    }

    /** Newest first, with the actors fetched in the same query. */
    @Allow(Caller.BOARD_ADMIN)
    public List<AuditEntry> page(int first, int size) {
        return em.createQuery(
                        "select e from AuditEntry e left join fetch e.actor order by e.occurredAt desc, e.id desc",
                        AuditEntry.class)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.BOARD_ADMIN)
    public long count() {
        return em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult();
    }
}
