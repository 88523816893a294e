package nl.cmostamm.portal.goal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.GoalProgress.IndicatorProgress;
import nl.cmostamm.portal.goal.GoalProgress.Point;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Admission;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.eclipse.persistence.config.QueryHints;

/**
 * The current initiative's goals and their indicators. Every board member may set goals and
 * define indicators; deleting one, which takes its measurements along, is for board admins and
 * advisors. Every change is versioned and audited in the same transaction.
 */
@Stateless
@Guarded
public class GoalService {

    static final String GOAL = "goal";
    static final String INDICATOR = "indicator";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Admission admission;

    @EJB
    AuditLog audit;

    @Inject
    Event<ComputedIndicatorChanged> computedChanged;

    /**
     * Every goal with its indicators' values and lights, in three queries whatever the number of
     * goals, indicators or measurements.
     */
    @Allow(Caller.BOARD)
    public List<GoalProgress> overview() {
        List<Goal> goals = em.createNamedQuery(Goal.ALL, Goal.class)
                .setHint(QueryHints.BATCH, "g.themes")
                .setHint(QueryHints.BATCH, "g.targetGroups")
                .setHint(QueryHints.BATCH, "g.societalEffect")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(Goal.WITH_LINKS))
                .getResultList();
        Map<Long, List<Indicator>> indicators = em.createNamedQuery(Indicator.ALL, Indicator.class)
                .getResultStream()
                .collect(Collectors.groupingBy(i -> i.getGoal().getId()));
        Map<Long, List<Point>> points = em.createQuery(
                        "select new nl.cmostamm.portal.goal.GoalProgress.Point("
                                + "m.indicator.id, m.periodStart, m.periodEnd, m.value) from Measurement m order by m.periodStart",
                        Point.class)
                .getResultStream()
                .collect(Collectors.groupingBy(Point::indicatorId));
        return goals.stream()
                .map(goal -> new GoalProgress(
                        goal,
                        indicators.getOrDefault(goal.getId(), List.of()).stream()
                                .map(indicator ->
                                        progress(indicator, points.getOrDefault(indicator.getId(), List.of())))
                                .toList()))
                .toList();
    }

    private static IndicatorProgress progress(Indicator indicator, List<Point> points) {
        BigDecimal latest =
                points.isEmpty() ? null : points.get(points.size() - 1).value();
        return new IndicatorProgress(
                indicator,
                points,
                Light.of(indicator.getDirection(), indicator.getBaseline(), indicator.getTarget(), latest));
    }

    /** The goals alone, for choosing one. */
    @Allow(Caller.BOARD)
    public List<Goal> goals() {
        return em.createNamedQuery(Goal.ALL, Goal.class).getResultList();
    }

    /** A goal to edit, or a blank one when {@code id} is null. */
    @Allow(Caller.BOARD)
    public GoalForm form(Long id) {
        return id == null ? new GoalForm() : GoalForm.of(Input.find(em, Goal.class, id, Goal.WITH_LINKS));
    }

    /** The indicators of one goal, in their order. */
    @Allow(Caller.BOARD)
    public List<Indicator> indicatorsOf(long goalId) {
        Input.find(em, Goal.class, goalId);
        return em.createQuery(
                        "select i from Indicator i where i.goal.id = :goal order by i.position, i.name",
                        Indicator.class)
                .setParameter("goal", goalId)
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public Goal save(GoalForm form) {
        validate(form);
        Goal goal;
        if (form.isNew()) {
            goal = new Goal();
        } else {
            goal = Input.find(em, Goal.class, form.getId(), form.getVersion());
            // the links live in other tables; bump the version so a change of only links conflicts too
            em.lock(goal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        goal.setTitle(form.getTitle().strip());
        goal.setDescription(Input.blankToNull(form.getDescription()));
        goal.setPeriodStart(form.getPeriodStart());
        goal.setPeriodEnd(form.getPeriodEnd());
        goal.setStatus(form.getStatus());
        goal.setSocietalEffect(
                form.getEffectId() == null
                        ? null
                        : known(SocietalEffect.class, form.getEffectId(), "goal.effect.invalid"));
        goal.setThemes(knownAll(ValueTheme.class, form.getThemeIds(), "goal.themes.invalid"));
        goal.setTargetGroups(knownAll(TargetGroup.class, form.getTargetGroupIds(), "goal.targetGroups.invalid"));
        if (form.isNew()) {
            em.persist(goal);
        }
        em.flush();
        audit.record(form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE, GOAL, goal.getId(), goal.getTitle());
        return goal;
    }

    /** Deletes a goal with its indicators and their measurements. */
    @Allow(Caller.BOARD_ADMIN)
    public void delete(long id, long version) {
        Goal goal = Input.find(em, Goal.class, id, version);
        audit.record(AuditAction.DELETE, GOAL, id, goal.getTitle());
        em.remove(goal);
    }

    /** An indicator to edit, with its goal and counted activity loaded. */
    @Allow(Caller.BOARD)
    public Indicator indicator(long id) {
        return Input.find(em, Indicator.class, id, Indicator.WITH_GOAL);
    }

    /** A new indicator for a goal, with the defaults most initiatives start from. */
    @Allow(Caller.BOARD)
    public Indicator newIndicator(long goalId) {
        Indicator indicator = new Indicator();
        indicator.setGoal(Input.find(em, Goal.class, goalId));
        return indicator;
    }

    /**
     * Saves a new or edited indicator of the goal {@code goalId}. An edited one keeps its goal; the
     * goal id only places a new one.
     */
    @Allow(Caller.BOARD)
    public Indicator saveIndicator(long goalId, Indicator edited) {
        return saveIndicator(goalId, edited, null);
    }

    /**
     * Saves an indicator as above; a computed one counts the activity {@code computedActivityId}
     * (null: all activities), and its measurements are computed right away.
     */
    @Allow(Caller.BOARD)
    public Indicator saveIndicator(long goalId, Indicator edited, Long computedActivityId) {
        Goal goal = Input.find(em, Goal.class, goalId);
        if (edited.isComputed()) {
            // counted, so whole numbers or hours; never typed, so no scale
            edited.setValueType(ValueType.COUNT);
        }
        validate(edited);
        Indicator indicator;
        boolean created = edited.getId() == null;
        if (created) {
            indicator = new Indicator();
            indicator.setGoal(goal);
            indicator.setPosition(em.createQuery("select count(i) from Indicator i where i.goal.id = :goal", Long.class)
                    .setParameter("goal", goalId)
                    .getSingleResult()
                    .intValue());
        } else {
            indicator = Input.find(em, Indicator.class, edited.getId(), edited.getVersion());
        }
        indicator.setName(edited.getName().strip());
        indicator.setKind(edited.getKind());
        indicator.setUnit(Input.blankToNull(edited.getUnit()));
        indicator.setValueType(edited.getValueType());
        indicator.setScoreMin(edited.getValueType() == ValueType.SCORE ? edited.getScoreMin() : null);
        indicator.setScoreMax(edited.getValueType() == ValueType.SCORE ? edited.getScoreMax() : null);
        indicator.setBaseline(edited.getBaseline());
        indicator.setTarget(edited.getTarget());
        indicator.setTargetDate(edited.getTargetDate());
        indicator.setDirection(edited.getDirection());
        indicator.setInformationNeeded(Input.blankToNull(edited.getInformationNeeded()));
        indicator.setSource(Input.blankToNull(edited.getSource()));
        indicator.setCollectionMethod(Input.blankToNull(edited.getCollectionMethod()));
        indicator.setFrequency(edited.getFrequency());
        boolean wasComputed = indicator.isComputed();
        indicator.setComputedFrom(edited.getComputedFrom());
        indicator.setComputedActivity(
                edited.isComputed() && computedActivityId != null
                        ? known(Activity.class, computedActivityId, "indicator.activity.invalid")
                        : null);
        if (created) {
            em.persist(indicator);
        }
        em.flush();
        audit.record(
                created ? AuditAction.CREATE : AuditAction.UPDATE, INDICATOR, indicator.getId(), indicator.getName());
        if (indicator.isComputed() || wasComputed) {
            computedChanged.fire(new ComputedIndicatorChanged());
        }
        return indicator;
    }

    /** Deletes an indicator with its measurements. */
    @Allow(Caller.BOARD_ADMIN)
    public void deleteIndicator(long id, long version) {
        Indicator indicator = Input.find(em, Indicator.class, id, version);
        audit.record(AuditAction.DELETE, INDICATOR, id, indicator.getName());
        em.remove(indicator);
    }

    private void validate(GoalForm form) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw new ValidationFailure("goal.title.required", "title");
        }
        if (form.getTitle().strip().length() > 200) {
            throw new ValidationFailure("goal.title.tooLong", "title");
        }
        if (form.getDescription() != null && form.getDescription().length() > 4000) {
            throw new ValidationFailure("goal.description.tooLong", "description");
        }
        if (form.getStatus() == null) {
            throw new ValidationFailure("goal.status.required", "status");
        }
        if (form.getPeriodStart() != null
                && form.getPeriodEnd() != null
                && form.getPeriodEnd().isBefore(form.getPeriodStart())) {
            throw new ValidationFailure("goal.period.order", "periodEnd");
        }
    }

    private void validate(Indicator indicator) {
        if (indicator.getName() == null || indicator.getName().isBlank()) {
            throw new ValidationFailure("indicator.name.required", "name");
        }
        String name = indicator.getName().strip();
        if (name.length() > 200) {
            throw new ValidationFailure("indicator.name.tooLong", "name");
        }
        boolean taken = em.createQuery("select i.id from Indicator i where lower(i.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(indicator.getId()));
        if (taken) {
            throw new ValidationFailure("indicator.name.taken", "name");
        }
        if (indicator.getKind() == null
                || indicator.getValueType() == null
                || indicator.getDirection() == null
                || indicator.getFrequency() == null) {
            throw new ValidationFailure("indicator.choice.required", null);
        }
        if (indicator.getValueType() == ValueType.SCORE
                && (indicator.getScoreMin() == null
                        || indicator.getScoreMax() == null
                        || indicator.getScoreMax().compareTo(indicator.getScoreMin()) <= 0)) {
            throw new ValidationFailure("indicator.scale.invalid", "scoreMax");
        }
        if (indicator.getBaseline() != null && indicator.refusal(indicator.getBaseline()) != null) {
            throw new ValidationFailure(indicator.refusal(indicator.getBaseline()), "baseline");
        }
        if (indicator.getTarget() != null && indicator.refusal(indicator.getTarget()) != null) {
            throw new ValidationFailure(indicator.refusal(indicator.getTarget()), "target");
        }
        Input.maxLength(indicator.getUnit(), 40, "unit");
        Input.maxLength(indicator.getInformationNeeded(), 2000, "informationNeeded");
        Input.maxLength(indicator.getSource(), 500, "source");
        Input.maxLength(indicator.getCollectionMethod(), 2000, "collectionMethod");
    }

    private <T> T known(Class<T> type, long id, String messageKey) {
        T found = em.find(type, id);
        if (found == null) {
            throw new ValidationFailure(messageKey, null);
        }
        return found;
    }

    private <T> List<T> knownAll(Class<T> type, List<Long> ids, String messageKey) {
        List<T> result = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
            if (id == null) {
                throw new ValidationFailure(messageKey, null);
            }
            result.add(known(type, id, messageKey));
        }
        return result;
    }
}
