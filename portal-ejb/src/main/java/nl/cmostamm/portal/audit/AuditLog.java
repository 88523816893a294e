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
import org.eclipse.persistence.config.QueryHints;

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

    /**
     * Blanks the summaries of the current initiative's entries about one erased record (a volunteer's
     * name, a story's title, a help request's requester) to a fixed text, for the erasure of a person's
     * data. The log stays append-only for the application: this goes through the narrow owner's
     * function of {@code V22}, which touches only the summary, only in the current tenant, only for
     * those subject types; who did what and when stays.
     *
     * @return how many entries were blanked
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public int redact(String subjectType, long subjectId) {
        Object changed = em.createNativeQuery("select audit_entry_redact(?1, ?2)")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, subjectType)
                .setParameter(2, subjectId)
                .getSingleResult();
        return ((Number) changed).intValue();
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
