package nl.cmostamm.portal.datacollection;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.activity.RegistrationsChanged;
import nl.cmostamm.portal.goal.Computation;
import nl.cmostamm.portal.goal.ComputedIndicatorChanged;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.logbook.HelpRequestsChanged;
import nl.cmostamm.portal.logbook.HelpStatus;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Keeps the measurements of computed indicators equal to what the registrations say. The registers
 * and the goals only announce their changes (synchronous CDI events); this bean listens, so data
 * collection depends on them and not the other way round. An observer of a session bean is called
 * through the container, so it runs inside the transaction that made the change
 * ({@code MANDATORY}) and in its tenant: a figure and the registrations it comes from commit or
 * roll back together and can never disagree. Rows are updated in place, added or removed per
 * period, so unchanged periods keep their identity.
 */
@Stateless
@Guarded
public class ComputedIndicators {

    /** The sources noted on computed measurements. */
    private static final Map<Computation.Source, String> SOURCES = Map.of(
            Computation.Source.ACTIVITIES, "activiteitenregister", Computation.Source.LOGBOOK, "logboek hulpvragen");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void activitiesChanged(@Observes RegistrationsChanged change) {
        refresh(Computation.Source.ACTIVITIES);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void logbookChanged(@Observes HelpRequestsChanged change) {
        refresh(Computation.Source.LOGBOOK);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void indicatorChanged(@Observes ComputedIndicatorChanged change) {
        refresh();
    }

    /** Recomputes every computed indicator. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void refresh() {
        refresh(null);
    }

    /** Recomputes the indicators computed from one source (or all of them when null). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void refresh(Computation.Source only) {
        List<Indicator> computed = em.createQuery(
                        "select i from Indicator i where i.computedFrom is not null", Indicator.class)
                .getResultStream()
                .filter(i -> only == null || i.getComputedFrom().source() == only)
                .toList();
        if (computed.isEmpty()) {
            return;
        }
        em.flush();
        Map<Computation.Source, List<Computation.Registration>> registrations = new EnumMap<>(Computation.Source.class);
        for (Computation.Source source : computed.stream()
                .map(i -> i.getComputedFrom().source())
                .distinct()
                .toList()) {
            registrations.put(source, registrations(source));
        }
        Map<Long, List<Measurement>> stored = em.createQuery(
                        "select m from Measurement m where m.indicator.computedFrom is not null", Measurement.class)
                .getResultStream()
                .filter(m -> computed.contains(m.getIndicator()))
                .collect(Collectors.groupingBy(m -> m.getIndicator().getId()));
        Account by = em.getReference(Account.class, Tenancy.requireAccount());
        for (Indicator indicator : computed) {
            Map<Frequency.Period, BigDecimal> wanted = values(
                    indicator, registrations.get(indicator.getComputedFrom().source()));
            Map<LocalDate, Measurement> existing = stored.getOrDefault(indicator.getId(), List.of()).stream()
                    .collect(Collectors.toMap(Measurement::getPeriodStart, Function.identity()));
            wanted.forEach((period, value) -> {
                Measurement measurement = existing.remove(period.start());
                if (measurement == null) {
                    measurement = new Measurement(indicator, period);
                    em.persist(measurement);
                }
                measurement.setPeriodEnd(period.end());
                measurement.record(
                        value, null, SOURCES.get(indicator.getComputedFrom().source()), by);
            });
            existing.values().forEach(em::remove);
        }
    }

    /** Every registration of one source, in one query. */
    private List<Computation.Registration> registrations(Computation.Source source) {
        return switch (source) {
            case ACTIVITIES ->
                em.createQuery(
                                "select new nl.cmostamm.portal.goal.Computation.Registration("
                                        + "o.activity.id, o.date, o.participants, o.volunteers, o.volunteerHours, o.waitingList) from Occurrence o",
                                Computation.Registration.class)
                        .getResultList();
            case LOGBOOK -> logbook();
        };
    }

    /** Every help request with its helpers' ids and hours, from one flat query (no query per row). */
    private List<Computation.Registration> logbook() {
        Map<Long, List<Object[]>> rows = em.createQuery(
                        "select r.id, r.requestedOn, r.status, a.volunteer.id, a.hours "
                                + "from HelpRequest r left join r.assignments a",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], LinkedHashMap::new, Collectors.toList()));
        List<Computation.Registration> registrations = new ArrayList<>();
        rows.forEach((id, helpers) -> {
            Object[] first = helpers.get(0);
            List<Long> people = helpers.stream()
                    .filter(row -> row[3] != null)
                    .map(row -> (Long) row[3])
                    .toList();
            BigDecimal hours = helpers.stream()
                    .filter(row -> row[4] != null)
                    .map(row -> (BigDecimal) row[4])
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            registrations.add(new Computation.Registration(
                    id, (LocalDate) first[1], 0, people.size(), hours, 0, first[2] == HelpStatus.REFERRED, people));
        });
        return registrations;
    }

    /** The indicator's value per period of its frequency, from the registrations it counts. */
    static Map<Frequency.Period, BigDecimal> values(Indicator indicator, List<Computation.Registration> registrations) {
        Long activity = indicator.getComputedActivity() == null
                        || indicator.getComputedFrom().source() != Computation.Source.ACTIVITIES
                ? null
                : indicator.getComputedActivity().getId();
        return registrations.stream()
                .filter(r -> activity == null || r.sourceId() == activity)
                .collect(Collectors.groupingBy(
                        r -> indicator.getFrequency().periodOf(r.date()),
                        () -> new TreeMap<>((a, b) -> a.start().compareTo(b.start())),
                        Collectors.collectingAndThen(Collectors.toList(), indicator.getComputedFrom()::of)));
    }
}
