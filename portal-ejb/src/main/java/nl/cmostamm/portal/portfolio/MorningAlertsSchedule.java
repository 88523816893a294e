package nl.cmostamm.portal.portfolio;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.cmostamm.portal.shared.PortalConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every node asks each hour from six in the morning (Dutch time) for the day's alerts run; the first
 * to ask on a day does it ({@code JobRuns.claim}), the others find it done. So the e-mails go out a
 * little before seven, and on a day when every node was down at that hour, at the next hour one is up.
 * The timer is not persistent: a missed hour is the next hour's work.
 */
@Startup
@Singleton
public class MorningAlertsSchedule {

    static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Amsterdam");

    @EJB
    MorningAlerts alerts;

    @Schedule(hour = "6-23", minute = "47", timezone = "Europe/Amsterdam", persistent = false)
    void hourly() {
        // read each time, so a node's setting is what it is now (the test servers switch it off)
        if (ConfigProvider.getConfig()
                .getOptionalValue(PortalConfig.ALERTS_DAILY, Boolean.class)
                .orElse(true)) {
            alerts.runForDay(LocalDate.now(PORTAL_ZONE));
        }
    }
}
