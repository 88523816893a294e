package nl.cmostamm.portal.goal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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

    /**
     * The same overview for a document another service makes, such as the fact sheet, which may
     * also be made for a visitor of its public link who has no account.
     */
    @Allow(Caller.SERVICE)
    public List<GoalProgress> overviewForReports() {
        return overview();
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

    /**
     * Every indicator with its goal, by goal and position, for choosing one elsewhere: a Theory of
     * Change element's evidence, an SROI outcome's or output's.
     */
    @Allow(Caller.BOARD)
    public List<Indicator> indicatorChoices() {
        return em.createQuery(
                        "select i from Indicator i join fetch i.goal g order by g.title, i.position, i.name",
                        Indicator.class)
                .getResultList();
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
                        : Input.known(em, SocietalEffect.class, form.getEffectId(), "goal.effect.invalid", "effect"));
        goal.setThemes(Input.knownAll(em, ValueTheme.class, form.getThemeIds(), "goal.themes.invalid", "themes"));
        goal.setTargetGroups(Input.knownAll(
                em, TargetGroup.class, form.getTargetGroupIds(), "goal.targetGroups.invalid", "targetGroups"));
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
     * goal id only places a new one. A computed one counts the activity of the form's {@code
     * computedActivityId} (null: all activities), and its measurements are computed right away.
     */
    @Allow(Caller.BOARD)
    public Indicator saveIndicator(long goalId, IndicatorForm form) {
        Goal goal = Input.find(em, Goal.class, goalId);
        // counted, so whole numbers or hours; never typed, so no scale
        ValueType valueType = form.isComputed() ? ValueType.COUNT : form.getValueType();
        validate(form, valueType);
        Indicator indicator;
        boolean created = form.isNew();
        if (created) {
            indicator = new Indicator();
            indicator.setGoal(goal);
            indicator.setPosition(em.createQuery("select count(i) from Indicator i where i.goal.id = :goal", Long.class)
                    .setParameter("goal", goalId)
                    .getSingleResult()
                    .intValue());
        } else {
            indicator = Input.find(em, Indicator.class, form.getId(), form.getVersion());
        }
        indicator.setName(form.getName().strip());
        indicator.setKind(form.getKind());
        indicator.setUnit(Input.blankToNull(form.getUnit()));
        indicator.setValueType(valueType);
        indicator.setScoreMin(valueType == ValueType.SCORE ? form.getScoreMin() : null);
        indicator.setScoreMax(valueType == ValueType.SCORE ? form.getScoreMax() : null);
        indicator.setBaseline(form.getBaseline());
        indicator.setTarget(form.getTarget());
        indicator.setTargetDate(form.getTargetDate());
        indicator.setDirection(form.getDirection());
        indicator.setInformationNeeded(Input.blankToNull(form.getInformationNeeded()));
        indicator.setSource(Input.blankToNull(form.getSource()));
        indicator.setCollectionMethod(Input.blankToNull(form.getCollectionMethod()));
        indicator.setFrequency(form.getFrequency());
        boolean wasComputed = indicator.isComputed();
        indicator.setComputedFrom(form.getComputedFrom());
        indicator.setComputedActivity(
                form.isComputed() && form.getComputedActivityId() != null
                        ? Input.known(
                                em, Activity.class, form.getComputedActivityId(), "indicator.activity.invalid", null)
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

    private void validate(IndicatorForm form, ValueType valueType) {
        if (form.getName() == null || form.getName().isBlank()) {
            throw new ValidationFailure("indicator.name.required", "name");
        }
        String name = form.getName().strip();
        if (name.length() > 200) {
            throw new ValidationFailure("indicator.name.tooLong", "name");
        }
        boolean taken = em.createQuery("select i.id from Indicator i where lower(i.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(form.getId()));
        if (taken) {
            throw new ValidationFailure("indicator.name.taken", "name");
        }
        if (form.getKind() == null || valueType == null || form.getDirection() == null || form.getFrequency() == null) {
            throw new ValidationFailure("indicator.choice.required", null);
        }
        if (valueType == ValueType.SCORE
                && (form.getScoreMin() == null
                        || form.getScoreMax() == null
                        || form.getScoreMax().compareTo(form.getScoreMin()) <= 0)) {
            throw new ValidationFailure("indicator.scale.invalid", "scoreMax");
        }
        fits(form.getBaseline(), valueType, form, "baseline");
        fits(form.getTarget(), valueType, form, "target");
        Input.maxLength(form.getUnit(), 40, "unit");
        Input.maxLength(form.getInformationNeeded(), 2000, "informationNeeded");
        Input.maxLength(form.getSource(), 500, "source");
        Input.maxLength(form.getCollectionMethod(), 2000, "collectionMethod");
    }

    /** A baseline or target is one of the indicator's own values, so its type and scale apply. */
    private static void fits(BigDecimal value, ValueType valueType, IndicatorForm form, String field) {
        String refusal = value == null ? null : valueType.refusal(value, form.getScoreMin(), form.getScoreMax());
        if (refusal != null) {
            throw new ValidationFailure(refusal, field);
        }
    }
}
