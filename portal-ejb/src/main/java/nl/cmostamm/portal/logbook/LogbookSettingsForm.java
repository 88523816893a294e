package nl.cmostamm.portal.logbook;

import java.math.BigDecimal;
import nl.cmostamm.portal.shared.EditForm;

/**
 * The load view's limits as edited. {@code version} is the settings' version when the page was
 * opened (0 while the initiative still has the defaults); saving with an older one is a conflict.
 */
public class LogbookSettingsForm extends EditForm {

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
