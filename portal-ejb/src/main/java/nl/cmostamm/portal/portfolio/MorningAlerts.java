package nl.cmostamm.portal.portfolio;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import nl.cmostamm.portal.maintenance.JobRun;
import nl.cmostamm.portal.maintenance.JobRuns;
import nl.cmostamm.portal.shared.Mailer;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The morning's alerts: once a day per cluster (or when an admin asks), every active initiative's
 * dashboard figures and alerts are worked out in no one's name, each in its own tenant and
 * transaction, so the dashboard opens on fresh figures; then every advisor who wants it gets one
 * e-mail with the alerts that are new in their own portfolio since what the last run mailed.
 * An advisor with nothing new gets no e-mail. The run's record says how many initiatives were
 * worked out, how many failed and how many e-mails went out.
 */
@Stateless
@Guarded
public class MorningAlerts {

    public static final String JOB = "alerts";
    private static final Logger LOG = Logger.getLogger(MorningAlerts.class.getName());

    @EJB
    JobRuns runs;

    @EJB
    PortfolioSignals signals;

    @EJB
    AlertDigests digests;

    @Inject
    Mailer mailer;

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
     * A run an admin asked for now. Runs in no one's name like the morning's: the admin starts it,
     * the figures and e-mails are the system's. A second run right after mails nothing twice: each
     * run mails only the alerts first seen after what the last one covered.
     */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean runNow() {
        long admin = Tenancy.requireAccount();
        String period = "now " + Instant.now();
        try {
            return Tenancy.call(Tenancy.Scope.NONE, () -> run(period, admin));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean run(String period, Long startedBy) {
        Optional<Long> claimed = runs.claim(JOB, period, startedBy);
        if (claimed.isEmpty()) {
            return false;
        }
        // alerts first seen after what the last run mailed, up to now: each mailed once
        Instant since = runs.lastCovered(JOB).orElse(Instant.now().minus(Duration.ofDays(1)));
        int refreshed = 0;
        List<String> failures = new ArrayList<>();
        for (long initiative : digests.activeInitiatives()) {
            try {
                Tenancy.call(Tenancy.Scope.scheduled(initiative), () -> {
                    signals.refresh();
                    return null;
                });
                refreshed++;
            } catch (Exception e) {
                // one initiative's failure must not keep the others' figures or the e-mails back
                LOG.log(Level.WARNING, "Could not work out the signal of initiative " + initiative, e);
                failures.add(String.valueOf(initiative));
            }
        }
        int mailed = 0;
        int unsent = 0;
        Instant until = Instant.now();
        List<AlertDigests.Recipient> recipients = mailer.isConfigured() ? digests.recipients() : List.of();
        for (AlertDigests.Recipient advisor : recipients) {
            List<AlertDigests.Line> lines = Tenancy.with(
                    new Tenancy.Scope(advisor.id(), null), () -> digests.newAlerts(advisor.id(), since, until));
            if (lines.isEmpty()) {
                continue;
            }
            DigestMail mail = DigestMail.compose(
                    advisor,
                    lines,
                    mailer.link("/app/portfolio/portfolio.xhtml"),
                    mailer.link("/app/account/profile.xhtml"));
            if (mailer.sendText(advisor.email(), mail.subject(), mail.body())) {
                mailed++;
            } else {
                unsent++;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("initiatives", refreshed);
        counts.put("failedInitiatives", failures.size());
        if (mailer.isConfigured()) {
            counts.put("mails", mailed);
        } else {
            counts.put("noMailServer", 1);
        }
        if (unsent > 0) {
            counts.put("unsentMails", unsent);
        }
        if (mailer.isConfigured()) {
            runs.covered(claimed.get(), until);
        }
        boolean done = failures.isEmpty();
        runs.finish(
                claimed.get(),
                done ? JobRun.Outcome.DONE : JobRun.Outcome.FAILED,
                counts,
                done ? null : "initiatives " + String.join(", ", failures));
        LOG.info(() -> "Alerts run " + period + ": " + counts);
        return true;
    }
}
