package nl.cmostamm.portal.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.cmostamm.portal.tenant.TenantOwned;

/** When the load view warns: more hours, or more requests, in one week than these. */
@Entity
@Table(name = "logbook_setting")
public class LogbookSettings extends TenantOwned {

    public static final BigDecimal DEFAULT_HOURS = BigDecimal.valueOf(8);
    public static final int DEFAULT_REQUESTS = 4;

    @Column(name = "weekly_hours_limit", nullable = false, precision = 6, scale = 2)
    private BigDecimal weeklyHoursLimit = DEFAULT_HOURS;

    @Column(name = "weekly_requests_limit", nullable = false)
    private int weeklyRequestsLimit = DEFAULT_REQUESTS;

    public BigDecimal getWeeklyHoursLimit() {
        return weeklyHoursLimit;
    }

    public void setWeeklyHoursLimit(BigDecimal weeklyHoursLimit) {
        this.weeklyHoursLimit = weeklyHoursLimit;
    }

    public int getWeeklyRequestsLimit() {
        return weeklyRequestsLimit;
    }

    public void setWeeklyRequestsLimit(int weeklyRequestsLimit) {
        this.weeklyRequestsLimit = weeklyRequestsLimit;
    }
}
