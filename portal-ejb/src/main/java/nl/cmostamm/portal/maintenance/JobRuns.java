package nl.cmostamm.portal.maintenance;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.Paging;
import org.eclipse.persistence.config.QueryHints;

/**
 * The record of scheduled runs, which is also what makes each run happen once per cluster: a node
 * claims a job's period by inserting its row, and the unique (job, period) lets exactly one insert
 * through, however many nodes' timers fire at once. Each write is its own transaction, so the claim
 * is visible to the other nodes before the work starts and the outcome is kept even when the work
 * fails.
 */
@Stateless
@Guarded
public class JobRuns {

    /** This node's name in the runs it records: the JVM's process id and host. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private static final int MAX_ERROR = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Records that this node starts {@code job} for {@code period}; empty when a run for that
     * period was recorded before (by this node or another), and then the work must not be done.
     */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> claim(String job, String period, Long startedBy) {
        List<?> ids = em.createNativeQuery("INSERT INTO job_run (job, period, node, started_by)"
                        + " VALUES (?1, ?2, ?3, CAST(?4 AS BIGINT))"
                        + " ON CONFLICT (job, period) DO NOTHING RETURNING id")
                .setParameter(1, job)
                .setParameter(2, period)
                .setParameter(3, NODE)
                .setParameter(4, startedBy)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** Records how a claimed run ended, with what it removed per retention class. */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long runId, JobRun.Outcome outcome, Map<String, Integer> counts, String error) {
        em.createQuery("update JobRun r set r.finishedAt = :now, r.outcome = :outcome, r.counts = :counts,"
                        + " r.error = :error where r.id = :id")
                .setParameter("now", Instant.now())
                .setParameter("outcome", outcome)
                .setParameter("counts", RetentionCounts.format(counts))
                .setParameter(
                        "error", error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR))
                .setParameter("id", runId)
                .executeUpdate();
    }

    /**
     * Up to which moment the runs of {@code job} have covered their work (the alerts run: alerts
     * first seen up to then were mailed); empty when no run recorded one.
     */
    @Allow(Caller.SERVICE)
    public Optional<Instant> lastCovered(String job) {
        Object until = em.createNativeQuery("SELECT max(covered_until) FROM job_run WHERE job = ?1")
                .setParameter(1, job)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
        return Optional.ofNullable((java.sql.Timestamp) until).map(java.sql.Timestamp::toInstant);
    }

    /** Records that a claimed run covered its work up to {@code until} (see {@link #lastCovered}). */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void covered(long runId, Instant until) {
        em.createNativeQuery("UPDATE job_run SET covered_until = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.from(until))
                .setParameter(2, runId)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .executeUpdate();
    }

    /** Newest first, with the admin who asked for a run in the same query. */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public List<JobRun> page(int first, int size) {
        return em.createQuery(
                        "select r from JobRun r left join fetch r.startedBy order by r.startedAt desc, r.id desc",
                        JobRun.class)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public long count() {
        return em.createQuery("select count(r) from JobRun r", Long.class).getSingleResult();
    }
}
