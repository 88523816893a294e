package nl.cmostamm.portal.maintenance;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Every node asks each hour for the day's retention run; the first to ask on a day does it
 * ({@link JobRuns#claim}), the others find it done. Hourly rather than at one fixed time, so a day
 * on which a node was down at that time, or every node was restarted, still gets its run. The
 * timer is not persistent: a missed hour is the next hour's work.
 */
@Startup
@Singleton
public class RetentionSchedule {

    static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Amsterdam");

    @EJB
    Retention retention;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        retention.runForDay(LocalDate.now(PORTAL_ZONE));
    }
}
