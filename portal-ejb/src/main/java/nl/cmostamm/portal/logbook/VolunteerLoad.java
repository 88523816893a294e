package nl.cmostamm.portal.logbook;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One volunteer's load: requests and hours per week (oldest first) and in the current month, and
 * whether any week went over the help desk's limits.
 */
public record VolunteerLoad(Volunteer volunteer, List<Week> weeks, int requestsThisMonth, BigDecimal hoursThisMonth)
        implements Serializable {

    public record Week(LocalDate monday, int requests, BigDecimal hours, boolean overloaded) implements Serializable {}

    public boolean overloaded() {
        return weeks.stream().anyMatch(Week::overloaded);
    }

    /** The most recent week, the one the matching helper looks at. */
    public Week current() {
        return weeks.get(weeks.size() - 1);
    }
}
