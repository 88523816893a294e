package nl.cmostamm.portal.workshop;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import nl.cmostamm.portal.shared.PortalConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps participants' answers no longer than the set period ({@code portal.workshop.retention.days},
 * 90 days by default, as the join page tells participants): every hour, the answers of sessions
 * that ended longer ago are deleted. A non-persistent timer: one missed while the server was down
 * is simply the next hour's work. Like the other start-up beans no request reaches it; the service
 * method it calls allows only such work.
 */
@Startup
@Singleton
public class WorkshopRetention {

    private static final Logger LOG = Logger.getLogger(WorkshopRetention.class.getName());

    @Inject
    @ConfigProperty(name = PortalConfig.WORKSHOP_RETENTION_DAYS, defaultValue = "90")
    int retentionDays;

    @EJB
    WorkshopService workshops;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void forget() {
        int cleared = workshops.forgetAnswers(Instant.now().minus(Duration.ofDays(retentionDays)));
        if (cleared > 0) {
            LOG.info(() ->
                    "Deleted the answers of " + cleared + " workshop sessions older than " + retentionDays + " days");
        }
    }
}
