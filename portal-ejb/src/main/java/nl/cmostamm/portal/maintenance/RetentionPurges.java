package nl.cmostamm.portal.maintenance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.workshop.WorkshopService;

/**
 * One retention class each, in a transaction of its own, so a class that fails leaves the others'
 * work done. Only {@link Retention} calls these. None of these records is an initiative's data
 * (no tenant policy applies); what an initiative keeps is its board's to keep or delete.
 */
@Stateless
@Guarded
public class RetentionPurges {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    WorkshopService workshops;

    /** Participants and answers of workshop sessions that ended before {@code before}; sessions counted. */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int workshopAnswers(Instant before) {
        return workshops.forgetAnswers(before);
    }

    /** Invitation and password-reset links that expired, or were used, before {@code before}. */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tokens(Instant before) {
        return em.createQuery("delete from AuthToken t where t.expiresAt < :before or t.usedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    /** Browsers remembered at login that were last used before {@code before}. */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int trustedDevices(Instant before) {
        return em.createQuery("delete from TrustedDevice d where d.lastUsedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    /** The record of scheduled runs started before {@code before}. */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int jobRuns(Instant before) {
        return em.createQuery("delete from JobRun r where r.startedAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
