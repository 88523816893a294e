package nl.cmostamm.portal.method.effect;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.OutcomeLinks;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.survey.Question;
import nl.cmostamm.portal.survey.QuestionType;
import nl.cmostamm.portal.survey.Statistics;
import nl.cmostamm.portal.survey.SurveyResults;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.survey.WaveContrast;

/**
 * The current initiative's effects: what each stands for, its indicators and its wave comparisons,
 * and what those comparisons show. Nothing computed is stored: a report is worked out from the
 * anonymous answers each time it is read (a handful of aggregate queries per comparison, whatever
 * the number of questions, plus one for the loneliness scale's per-respondent scores).
 */
@Stateless
@Guarded
public class EffectService {

    static final String EFFECT = "effect";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    SurveyResults results;

    @Allow(Caller.BOARD)
    public List<EffectSummary> effects() {
        List<Effect> effects = em.createQuery(
                        "select e from Effect e left join fetch e.outcome left join fetch e.goal order by lower(e.title)",
                        Effect.class)
                .getResultList();
        Map<Long, Long> comparisons = new HashMap<>();
        em.createQuery("select c.effect.id, count(c) from EffectComparison c group by c.effect.id", Object[].class)
                .getResultStream()
                .forEach(row -> comparisons.put((Long) row[0], (Long) row[1]));
        Map<Long, Long> indicators = new HashMap<>();
        em.createQuery("select e.id, count(i) from Effect e join e.indicators i group by e.id", Object[].class)
                .getResultStream()
                .forEach(row -> indicators.put((Long) row[0], (Long) row[1]));
        return effects.stream()
                .map(e -> new EffectSummary(
                        e, indicators.getOrDefault(e.getId(), 0L).intValue(), comparisons.getOrDefault(e.getId(), 0L)))
                .toList();
    }

    @Allow(Caller.BOARD)
    public EffectForm effectForm(Long id) {
        return id == null ? new EffectForm() : EffectForm.of(Input.find(em, Effect.class, id));
    }

    @Allow(Caller.BOARD)
    public Effect saveEffect(EffectForm form) {
        String title = Input.required(form.getTitle(), 200, "effect.title.required", "title");
        Input.maxLength(form.getDescription(), 2000, "description");
        if (Input.taken(em, Effect.class, "title", title, form.getId())) {
            throw new ValidationFailure("effect.title.taken", "title");
        }
        TocElement outcome = OutcomeLinks.outcome(
                em, form.getOutcomeId(), Set.of(Level.OUTCOME, Level.IMPACT), "effect.outcome.invalid");
        Goal goal = OutcomeLinks.goal(em, form.getGoalId(), "effect.goal.invalid");
        if (outcome == null && goal == null) {
            throw new ValidationFailure("effect.outcome.required", "outcome");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(form.getIndicatorIds() == null ? List.<Long>of() : form.getIndicatorIds())) {
            Indicator indicator = id == null ? null : em.find(Indicator.class, id);
            if (indicator == null) {
                throw new ValidationFailure("effect.indicators.invalid", "indicators");
            }
            indicators.add(indicator);
        }
        Effect effect;
        if (form.isNew()) {
            effect = new Effect();
        } else {
            effect = Input.find(em, Effect.class, form.getId(), form.getVersion());
            // the indicators live in another table: bump the version so a change of only those conflicts too
            em.lock(effect, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        effect.setTitle(title);
        effect.setDescription(Input.blankToNull(form.getDescription()));
        effect.setOutcome(outcome);
        effect.setGoal(goal);
        effect.setIndicators(indicators);
        if (form.isNew()) {
            em.persist(effect);
        }
        em.flush();
        audit.record(form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE, EFFECT, effect.getId(), title);
        return effect;
    }

    /** Deletes an effect with its comparisons; the indicators and waves stay. */
    @Allow(Caller.BOARD)
    public void deleteEffect(long id, long version) {
        Effect effect = Input.find(em, Effect.class, id, version);
        audit.record(AuditAction.DELETE, EFFECT, id, effect.getTitle());
        em.createQuery("delete from EffectComparison c where c.effect = :e")
                .setParameter("e", effect)
                .executeUpdate();
        em.remove(effect);
    }

    /** Every wave of every survey, with its survey, for choosing the two to compare. */
    @Allow(Caller.BOARD)
    public List<Wave> waveChoices() {
        return em.createQuery(
                        "select w from Wave w join fetch w.survey s order by lower(s.name), w.opensOn, w.id",
                        Wave.class)
                .getResultList();
    }

    /** Compares two waves of one survey for an effect; the earlier one is "before". */
    @Allow(Caller.BOARD)
    public EffectComparison addComparison(long effectId, Long beforeWaveId, Long afterWaveId) {
        Effect effect = Input.find(em, Effect.class, effectId);
        if (beforeWaveId == null) {
            throw new ValidationFailure("effect.comparison.before.required", "before");
        }
        if (afterWaveId == null) {
            throw new ValidationFailure("effect.comparison.after.required", "after");
        }
        Wave before = em.find(Wave.class, beforeWaveId);
        Wave after = em.find(Wave.class, afterWaveId);
        if (before == null) {
            throw new ValidationFailure("effect.comparison.before.required", "before");
        }
        if (after == null) {
            throw new ValidationFailure("effect.comparison.after.required", "after");
        }
        if (before.getId().equals(after.getId())) {
            throw new ValidationFailure("effect.comparison.sameWave", "after");
        }
        if (!before.getSurvey().getId().equals(after.getSurvey().getId())) {
            throw new ValidationFailure("effect.comparison.otherSurvey", "after");
        }
        if (after.getOpensOn().isBefore(before.getOpensOn())) {
            throw new ValidationFailure("effect.comparison.order", "after");
        }
        boolean twice = em.createQuery(
                                "select count(c) from EffectComparison c where c.effect = :e and c.before = :b and c.after = :a",
                                Long.class)
                        .setParameter("e", effect)
                        .setParameter("b", before)
                        .setParameter("a", after)
                        .getSingleResult()
                > 0;
        if (twice) {
            throw new ValidationFailure("effect.comparison.twice", "after");
        }
        EffectComparison comparison = new EffectComparison(effect, before, after);
        em.persist(comparison);
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                EFFECT,
                effectId,
                effect.getTitle() + " – vergelijking " + before.getName() + " / " + after.getName());
        return comparison;
    }

    @Allow(Caller.BOARD)
    public void removeComparison(long id, long version) {
        EffectComparison comparison = Input.find(em, EffectComparison.class, id, version);
        audit.record(
                AuditAction.UPDATE,
                EFFECT,
                comparison.getEffect().getId(),
                comparison.getEffect().getTitle() + " – vergelijking verwijderd");
        em.remove(comparison);
    }

    /** The effect with what each of its comparisons shows. */
    @Allow(Caller.BOARD)
    public EffectReport report(long effectId) {
        Effect effect = em.createQuery(
                        "select e from Effect e left join fetch e.outcome left join fetch e.goal where e.id = :id",
                        Effect.class)
                .setParameter("id", effectId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Effect"));
        effect.getIndicators().size();
        return new EffectReport(effect, compared(List.of(effect)).getOrDefault(effect.getId(), List.of()));
    }

    /**
     * Every effect with what its comparisons show, by effect id, for the outcome record: the same
     * figures as {@link #report}, for all effects in one call.
     */
    @Allow(Caller.BOARD)
    public List<EffectReport> reports() {
        List<Effect> effects = em.createQuery(
                        "select distinct e from Effect e left join fetch e.outcome left join fetch e.goal "
                                + "left join fetch e.indicators order by e.id",
                        Effect.class)
                .getResultList();
        Map<Long, List<EffectReport.Compared>> compared = compared(effects);
        return effects.stream()
                .map(e -> new EffectReport(e, compared.getOrDefault(e.getId(), List.of())))
                .toList();
    }

    private Map<Long, List<EffectReport.Compared>> compared(List<Effect> effects) {
        Map<Long, List<EffectReport.Compared>> result = new HashMap<>();
        if (effects.isEmpty()) {
            return result;
        }
        List<EffectComparison> comparisons = em.createQuery(
                        "select c from EffectComparison c join fetch c.before b join fetch c.after a "
                                + "join fetch b.survey where c.effect in :effects order by b.opensOn, a.opensOn, c.id",
                        EffectComparison.class)
                .setParameter("effects", effects)
                .getResultList();
        for (EffectComparison comparison : comparisons) {
            result.computeIfAbsent(comparison.getEffect().getId(), k -> new ArrayList<>())
                    .add(compare(comparison));
        }
        return result;
    }

    private EffectReport.Compared compare(EffectComparison comparison) {
        Wave before = comparison.getBefore();
        Wave after = comparison.getAfter();
        List<WaveContrast> contrasts = results.contrast(before.getId(), after.getId());
        List<EffectReport.QuestionEffect> questions = new ArrayList<>();
        for (WaveContrast contrast : contrasts) {
            questions.add(questionEffect(contrast));
        }
        return new EffectReport.Compared(
                comparison,
                before,
                after,
                results.responses(before.getId()),
                results.responses(after.getId()),
                questions,
                scale(contrasts, before, after));
    }

    static EffectReport.QuestionEffect questionEffect(WaveContrast contrast) {
        QuestionType type = contrast.question().getType();
        EffectReport.Scored scored = type.isScored()
                ? scored(
                        contrast.question().getContent().getText(),
                        null,
                        type == QuestionType.YES_NO,
                        contrast.before(),
                        contrast.after())
                : null;
        ChiSquare.Homogeneity distribution = null;
        Reading distributionReading = null;
        List<EffectReport.OptionEffect> options = List.of();
        if (type == QuestionType.MULTIPLE) {
            List<ChiSquare.Choice> choices = ChiSquare.choices(
                    contrast.countsBefore(),
                    contrast.answeredBefore(),
                    contrast.countsAfter(),
                    contrast.answeredAfter());
            options = choices.stream()
                    .map(c -> new EffectReport.OptionEffect(contrast.options().get(c.option() - 1), c, Reading.of(c)))
                    .toList();
        } else if (type.isChoice()) {
            distribution = ChiSquare.homogeneity(contrast.countsBefore(), contrast.countsAfter());
            distributionReading = Reading.of(distribution);
        }
        return new EffectReport.QuestionEffect(contrast, scored, distribution, distributionReading, options);
    }

    static EffectReport.Scored scored(
            String label, String labelKey, boolean share, Statistics.Sample before, Statistics.Sample after) {
        Statistics.Difference difference = Statistics.welch(before, after, SurveyResults.CONFIDENCE);
        return new EffectReport.Scored(
                label,
                labelKey,
                share,
                before,
                after,
                difference,
                HedgesG.of(before, after, SurveyResults.CONFIDENCE),
                Reading.of(before, after, difference));
    }

    /**
     * The loneliness scale, when the survey asks its six statements as the template words them:
     * each respondent scored from their own six answers (waves are anonymous, but a response holds
     * one person's answers), then the waves compared on those scores.
     */
    private EffectReport.ScaleEffect scale(List<WaveContrast> contrasts, Wave before, Wave after) {
        Long[] items = new Long[LonelinessScale.ITEMS];
        for (WaveContrast contrast : contrasts) {
            Question question = contrast.question();
            int item = LonelinessScale.DUTCH_ITEMS.indexOf(
                    question.getContent().getText().strip());
            if (item >= 0
                    && question.getType() == QuestionType.SINGLE
                    && contrast.options().size() == 3) {
                items[item] = question.getId();
            }
        }
        for (Long item : items) {
            if (item == null) {
                return null;
            }
        }
        List<LonelinessScale.Score> a = scores(before, items);
        List<LonelinessScale.Score> b = scores(after, items);
        LonelinessScale.Samples x = LonelinessScale.samples(a);
        LonelinessScale.Samples y = LonelinessScale.samples(b);
        long[] levelsBefore = LonelinessScale.distribution(a);
        long[] levelsAfter = LonelinessScale.distribution(b);
        ChiSquare.Homogeneity levels = ChiSquare.homogeneity(levelsBefore, levelsAfter);
        return new EffectReport.ScaleEffect(
                x.total().n(),
                y.total().n(),
                a.size() - x.total().n(),
                b.size() - y.total().n(),
                scored(null, "effect.scale.total", false, x.total(), y.total()),
                scored(null, "effect.scale.emotional", false, x.emotional(), y.emotional()),
                scored(null, "effect.scale.social", false, x.social(), y.social()),
                levelsBefore,
                levelsAfter,
                levels,
                Reading.of(levels));
    }

    /** The scale's scores of every respondent of a wave who answered at least one of its items. */
    private List<LonelinessScale.Score> scores(Wave wave, Long[] items) {
        List<Long> ids = List.of(items);
        Map<Long, Integer[]> answers = new HashMap<>();
        em.createQuery(
                        "select a.response.id, a.question.id, a.choice from Answer a "
                                + "where a.response.wave = :wave and a.question.id in :items and a.choice is not null",
                        Object[].class)
                .setParameter("wave", wave)
                .setParameter("items", ids)
                .getResultStream()
                .forEach(row -> answers.computeIfAbsent((Long) row[0], r -> new Integer[LonelinessScale.ITEMS])[
                                ids.indexOf((Long) row[1])] =
                        ((Number) row[2]).intValue());
        return answers.values().stream().map(LonelinessScale::score).toList();
    }
}
