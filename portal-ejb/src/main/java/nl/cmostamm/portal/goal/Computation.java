package nl.cmostamm.portal.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a computed indicator counts in each of its periods, from registrations made elsewhere in
 * the portal: the activities register or the help desk's logbook. Flows (participants, hours,
 * requests) are summed over the period; a stock (the waiting list) is its last value in the period;
 * active volunteers are counted once however often they helped.
 */
public enum Computation {
    ACTIVITY_PARTICIPANTS(Source.ACTIVITIES, sum(r -> BigDecimal.valueOf(r.participants()))),
    ACTIVITY_OCCURRENCES(Source.ACTIVITIES, sum(r -> BigDecimal.ONE)),
    ACTIVITY_VOLUNTEER_HOURS(Source.ACTIVITIES, sum(Registration::hours)),
    ACTIVITY_VOLUNTEERS(Source.ACTIVITIES, sum(r -> BigDecimal.valueOf(r.volunteers()))),
    ACTIVITY_WAITING_LIST(
            Source.ACTIVITIES,
            registrations -> registrations.stream()
                    .max(Comparator.comparing(Registration::date))
                    .map(r -> BigDecimal.valueOf(r.waitingList()))
                    .orElseThrow()),
    LOGBOOK_REQUESTS(Source.LOGBOOK, sum(r -> BigDecimal.ONE)),
    LOGBOOK_HOURS(Source.LOGBOOK, sum(Registration::hours)),
    LOGBOOK_ACTIVE_VOLUNTEERS(
            Source.LOGBOOK,
            registrations -> BigDecimal.valueOf(registrations.stream()
                    .flatMap(r -> r.people().stream())
                    .distinct()
                    .count())),
    LOGBOOK_REFERRALS(Source.LOGBOOK, sum(r -> r.referred() ? BigDecimal.ONE : BigDecimal.ZERO));

    /** Where the registrations come from. */
    public enum Source {
        ACTIVITIES,
        LOGBOOK
    }

    private final Source source;
    private final Function<List<Registration>, BigDecimal> aggregate;

    Computation(Source source, Function<List<Registration>, BigDecimal> aggregate) {
        this.source = source;
        this.aggregate = aggregate;
    }

    public Source source() {
        return source;
    }

    /** The value of one period from its registrations (not empty). */
    public BigDecimal of(List<Registration> inPeriod) {
        return aggregate.apply(inPeriod);
    }

    private static Function<List<Registration>, BigDecimal> sum(Function<Registration, BigDecimal> measure) {
        return registrations -> registrations.stream().map(measure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * One registration an indicator can be computed from: a day an activity took place
     * ({@code sourceId} the activity), or a help request ({@code sourceId} the request) with the
     * volunteers who helped ({@code people}).
     */
    public record Registration(
            long sourceId,
            LocalDate date,
            int participants,
            int volunteers,
            BigDecimal hours,
            int waitingList,
            boolean referred,
            List<Long> people) {

        /** A day of an activity. */
        public Registration(
                long sourceId, LocalDate date, int participants, int volunteers, BigDecimal hours, int waitingList) {
            this(sourceId, date, participants, volunteers, hours, waitingList, false, List.of());
        }
    }
}
