package nl.cmostamm.portal.logbook;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The load view's limits as edited. {@code version} is the settings' version when the page was
 * opened (0 while the initiative still has the defaults); saving with an older one is a conflict.
 */
public class LogbookSettingsForm implements Serializable {

    private Long id;
    private long version;
    private BigDecimal weeklyHoursLimit = LogbookSettings.DEFAULT_HOURS;
    private int weeklyRequestsLimit = LogbookSettings.DEFAULT_REQUESTS;

    public static LogbookSettingsForm of(LogbookSettings settings) {
        LogbookSettingsForm form = new LogbookSettingsForm();
        form.id = settings.getId();
        form.version = settings.getVersion();
        form.weeklyHoursLimit = settings.getWeeklyHoursLimit();
        form.weeklyRequestsLimit = settings.getWeeklyRequestsLimit();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

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
