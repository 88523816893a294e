package nl.cmostamm.portal.activity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.eclipse.persistence.config.QueryHints;

/**
 * The current initiative's activities register. Every board member registers; a registration for
 * a day that already has one corrects it rather than adding a second. An activity names once the
 * societal effect it serves and whom it is for, so the insight report can group and spread the
 * registrations without anyone registering more than before. Every change is audited and
 * announced ({@link RegistrationsChanged}), so the indicators that count registrations are
 * recomputed in the same transaction.
 */
@Stateless
@Guarded
public class ActivityService {

    static final String ACTIVITY = "activity";
    static final String OCCURRENCE = "occurrence";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    Event<RegistrationsChanged> changed;

    /**
     * Every activity with its totals, its effect and its target groups, in four queries whatever
     * the number of activities.
     */
    @Allow(Caller.BOARD)
    public List<ActivitySummary> summaries() {
        Map<Long, Object[]> totals = em.createQuery(
                        "select o.activity.id, count(o), sum(o.participants), max(o.date) "
                                + "from Occurrence o group by o.activity.id",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
        return em.createNamedQuery(Activity.ALL, Activity.class)
                .setHint(QueryHints.BATCH, "a.effect")
                .setHint(QueryHints.BATCH, "a.targetGroups")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(Activity.WITH_LINKS))
                .getResultStream()
                .map(a -> {
                    Object[] row = totals.get(a.getId());
                    return row == null
                            ? new ActivitySummary(a, 0, 0, null)
                            : new ActivitySummary(a, (Long) row[1], ((Number) row[2]).longValue(), (LocalDate) row[3]);
                })
                .toList();
    }

    @Allow(Caller.BOARD)
    public List<Activity> activities() {
        return em.createNamedQuery(Activity.ALL, Activity.class).getResultList();
    }

    /** An activity with its effect and target groups, to show and edit. */
    @Allow(Caller.BOARD)
    public Activity activity(long id) {
        return Input.find(em, Activity.class, id, Activity.WITH_LINKS);
    }

    /**
     * Saves a new or edited activity with the effect it serves and its target groups, chosen from
     * the current initiative's lists: an id not on them is refused at its field.
     */
    @Allow(Caller.BOARD)
    public Activity save(ActivityForm form) {
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty()) {
            throw new ValidationFailure("activity.name.required", "name");
        }
        if (name.length() > 200) {
            throw new ValidationFailure("activity.name.tooLong", "name");
        }
        if (form.getDescription() != null && form.getDescription().length() > 2000) {
            throw new ValidationFailure("field.tooLong", "description");
        }
        boolean taken = em.createQuery("select a.id from Activity a where lower(a.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(form.getId()));
        if (taken) {
            throw new ValidationFailure("activity.name.taken", "name");
        }
        boolean created = form.isNew();
        Activity activity;
        if (created) {
            activity = new Activity();
        } else {
            activity = Input.find(em, Activity.class, form.getId(), form.getVersion());
            // the target groups live in another table; bump the version so a change of only them conflicts too
            em.lock(activity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        activity.setName(name);
        activity.setDescription(
                form.getDescription() == null || form.getDescription().isBlank()
                        ? null
                        : form.getDescription().strip());
        activity.setActive(form.isActive());
        activity.setEffect(
                form.getEffectId() == null
                        ? null
                        : Input.known(
                                em, SocietalEffect.class, form.getEffectId(), "activity.effect.invalid", "effect"));
        activity.setTargetGroups(Input.knownAll(
                em, TargetGroup.class, form.getTargetGroupIds(), "activity.targetGroups.invalid", "targetGroups"));
        if (created) {
            em.persist(activity);
        }
        em.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, ACTIVITY, activity.getId(), activity.getName());
        return activity;
    }

    /** Deletes an activity that has no registrations and that no indicator counts. */
    @Allow(Caller.BOARD)
    public void delete(long id, long version) {
        Activity activity = Input.find(em, Activity.class, id, version);
        long registrations = em.createQuery("select count(o) from Occurrence o where o.activity.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        long counted = em.createQuery("select count(i) from Indicator i where i.computedActivity.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (registrations > 0 || counted > 0) {
            throw new ValidationFailure("activity.inUse", null);
        }
        audit.record(AuditAction.DELETE, ACTIVITY, id, activity.getName());
        em.remove(activity);
    }

    /** A page of an activity's registrations, newest first. */
    @Allow(Caller.BOARD)
    public List<Occurrence> occurrences(long activityId, int first, int size) {
        Input.find(em, Activity.class, activityId);
        return em.createQuery(
                        "select o from Occurrence o where o.activity.id = :id order by o.date desc", Occurrence.class)
                .setParameter("id", activityId)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public long countOccurrences(long activityId) {
        return em.createQuery("select count(o) from Occurrence o where o.activity.id = :id", Long.class)
                .setParameter("id", activityId)
                .getSingleResult();
    }

    /**
     * Registers that an activity took place on a day, or corrects the registration of that day.
     *
     * @return true when a new day was registered, false when an existing one was corrected
     */
    @Allow(Caller.BOARD)
    public boolean register(long activityId, Occurrence figures) {
        Activity activity = Input.find(em, Activity.class, activityId);
        validate(figures);
        Occurrence occurrence = em.createQuery(
                        "select o from Occurrence o where o.activity.id = :id and o.date = :date", Occurrence.class)
                .setParameter("id", activityId)
                .setParameter("date", figures.getDate())
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean created = occurrence == null;
        if (created) {
            occurrence = new Occurrence();
            occurrence.setActivity(activity);
            occurrence.setDate(figures.getDate());
        }
        occurrence.setParticipants(figures.getParticipants());
        occurrence.setVolunteers(figures.getVolunteers());
        occurrence.setVolunteerHours(figures.getVolunteerHours());
        occurrence.setWaitingList(figures.getWaitingList());
        occurrence.setNote(
                figures.getNote() == null || figures.getNote().isBlank()
                        ? null
                        : figures.getNote().strip());
        if (created) {
            em.persist(occurrence);
        }
        em.flush();
        audit.record(
                created ? AuditAction.CREATE : AuditAction.UPDATE,
                OCCURRENCE,
                occurrence.getId(),
                activity.getName() + " " + occurrence.getDate().format(Input.DUTCH_DATE));
        changed.fire(new RegistrationsChanged());
        return created;
    }

    @Allow(Caller.BOARD)
    public void deleteOccurrence(long id, long version) {
        Occurrence occurrence = Input.find(em, Occurrence.class, id, version);
        audit.record(
                AuditAction.DELETE,
                OCCURRENCE,
                id,
                occurrence.getActivity().getName() + " " + occurrence.getDate().format(Input.DUTCH_DATE));
        em.remove(occurrence);
        changed.fire(new RegistrationsChanged());
    }

    private static void validate(Occurrence figures) {
        if (figures.getDate() == null) {
            throw new ValidationFailure("occurrence.date.required", "date");
        }
        if (figures.getDate().isAfter(LocalDate.now().plusDays(1))) {
            throw new ValidationFailure("occurrence.date.future", "date");
        }
        number(figures.getParticipants(), 100_000, "participants");
        number(figures.getVolunteers(), 10_000, "volunteers");
        number(figures.getWaitingList(), 100_000, "waitingList");
        BigDecimal hours = figures.getVolunteerHours();
        if (hours == null
                || hours.signum() < 0
                || hours.compareTo(new BigDecimal("100000")) >= 0
                || hours.stripTrailingZeros().scale() > 2) {
            throw new ValidationFailure("occurrence.hours.invalid", "volunteerHours");
        }
        if (figures.getNote() != null && figures.getNote().length() > 1000) {
            throw new ValidationFailure("field.tooLong", "note");
        }
    }

    private static void number(Integer value, int max, String field) {
        if (value == null || value < 0 || value > max) {
            throw new ValidationFailure("occurrence.number.invalid", field);
        }
    }
}
