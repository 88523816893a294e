package nl.cmostamm.portal.datacollection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a computed indicator counts in each of its periods, from registrations made elsewhere in
 * the portal. Flows (participants, hours) are summed over the period; a stock (the waiting list) is
 * its last registered value in the period.
 */
public enum Computation {
    ACTIVITY_PARTICIPANTS(r -> BigDecimal.valueOf(r.participants()), false),
    ACTIVITY_OCCURRENCES(r -> BigDecimal.ONE, false),
    ACTIVITY_VOLUNTEER_HOURS(Registration::volunteerHours, false),
    ACTIVITY_VOLUNTEERS(r -> BigDecimal.valueOf(r.volunteers()), false),
    ACTIVITY_WAITING_LIST(r -> BigDecimal.valueOf(r.waitingList()), true);

    private final Function<Registration, BigDecimal> measure;
    private final boolean latest;

    Computation(Function<Registration, BigDecimal> measure, boolean latest) {
        this.measure = measure;
        this.latest = latest;
    }

    /** The value of one period from its registrations (not empty). */
    public BigDecimal of(List<Registration> inPeriod) {
        if (latest) {
            return inPeriod.stream().max(Comparator.comparing(Registration::date)).map(measure).orElseThrow();
        }
        return inPeriod.stream().map(measure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One registration an indicator can be computed from: a day and its figures. */
    public record Registration(long sourceId, LocalDate date, int participants, int volunteers, BigDecimal volunteerHours,
            int waitingList) {
    }
}
