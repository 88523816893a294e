package nl.cmostamm.portal.maintenance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Removes what is past its retention period, class by class ({@link RetentionClass}), once a day
 * per cluster, or when an admin asks for it. Each class is purged in its own transaction and one
 * that fails does not stop the others; the run's record says what was removed and what failed.
 */
@Stateless
@Guarded
public class Retention {

    public static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @EJB
    JobRuns runs;

    @EJB
    RetentionPurges purges;

    /**
     * The day's run, asked for by every node's timer: true when this call did it, false when a run
     * for that day was recorded before.
     */
    @Allow(Caller.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean runForDay(LocalDate day) {
        return run(day.toString(), null);
    }

    /**
     * A run an admin asked for now; false when one was asked for in this same minute (a second
     * click), which then is the one that counts.
     */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean runNow() {
        return run("now " + Instant.now().truncatedTo(ChronoUnit.MINUTES), Tenancy.requireAccount());
    }

    private boolean run(String period, Long startedBy) {
        Optional<Long> claimed = runs.claim(JOB, period, startedBy);
        if (claimed.isEmpty()) {
            return false;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Instant now = Instant.now();
        for (RetentionClass retention : RetentionClass.values()) {
            try {
                int days = retention.days();
                if (days < 1) {
                    throw new IllegalStateException(retention.key() + " must be at least 1 day, is " + days);
                }
                counts.put(retention.code(), purge(retention, now.minus(Duration.ofDays(days))));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention of " + retention.code() + " failed", e);
                failures.add(retention.code() + ": " + rootCause(e));
            }
        }
        runs.finish(
                claimed.get(),
                failures.isEmpty() ? JobRun.Outcome.DONE : JobRun.Outcome.FAILED,
                counts,
                failures.isEmpty() ? null : String.join("; ", failures));
        LOG.info(() -> "Retention run " + period + ": " + counts + (failures.isEmpty() ? "" : ", failed: " + failures));
        return true;
    }

    private int purge(RetentionClass retention, Instant before) {
        return switch (retention) {
            case WORKSHOP_ANSWERS -> purges.workshopAnswers(before);
            case TOKENS -> purges.tokens(before);
            case TRUSTED_DEVICES -> purges.trustedDevices(before);
            case JOB_RUNS -> purges.jobRuns(before);
        };
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
