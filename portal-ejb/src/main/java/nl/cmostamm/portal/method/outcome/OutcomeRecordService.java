package nl.cmostamm.portal.method.outcome;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Direction;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.effect.EffectReport;
import nl.cmostamm.portal.method.effect.EffectService;
import nl.cmostamm.portal.method.narrative.ChosenStory;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.outcome.OutcomeRecord.EffectEvidence;
import nl.cmostamm.portal.method.outcome.OutcomeRecord.IndicatorEvidence;
import nl.cmostamm.portal.method.outcome.OutcomeRecord.LinkEvidence;
import nl.cmostamm.portal.method.outcome.OutcomeRecord.Row;
import nl.cmostamm.portal.method.outcome.OutcomeRecord.SroiEvidence;
import nl.cmostamm.portal.method.outcome.OutcomeRecord.Trend;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.method.sroi.calculation.Calculation;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.method.sroi.calculation.Scenario;
import nl.cmostamm.portal.method.sroi.calculation.SroiEngine;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;

/**
 * Puts the outcome record together from what each method's own service reads, so every figure is
 * the one its method's pages show: the goals' indicators with their lights, the ToC chain, the
 * effects' comparisons, the stories MSC chose (only with consent, and each shown story audited as
 * read), and each SROI analysis' outcomes valued as expected and in the cautious and optimistic
 * scenarios. An SROI outcome counts for a row when the indicator that evidences it belongs to the
 * row. The number of queries does not grow with the number of outcomes.
 */
@Stateless
@Guarded
public class OutcomeRecordService {

    @EJB
    GoalService goals;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    EffectService effects;

    @EJB
    MscService msc;

    @EJB
    SroiService sroi;

    @EJB
    AuditLog audit;

    @Allow(Caller.BOARD)
    public OutcomeRecord record() {
        OutcomeRecord record = assemble();
        record.rows().stream()
                .flatMap(r -> r.stories().stream())
                .map(ChosenStory::story)
                .distinct()
                .forEach(s -> audit.record(AuditAction.READ, "story", s.getId(), s.getTitle() + " – wat bereiken we"));
        return record;
    }

    /**
     * How many outcomes the record has and how many of them have evidence of at least one kind, for
     * the dashboard: no story is shown, so none is audited as read.
     */
    @Allow(Caller.BOARD)
    public OutcomeRecord.Coverage coverage() {
        List<OutcomeRecord.Row> rows = summary().rows();
        return new OutcomeRecord.Coverage(rows.size(), (int)
                rows.stream().filter(r -> r.columnsWithEvidence() > 0).count());
    }

    /**
     * The record for summaries that show no story, only how many were chosen (the insight report):
     * nothing is audited as read. Whoever shows a story's text must use {@link #record()}.
     */
    @Allow(Caller.BOARD)
    public OutcomeRecord summary() {
        return assemble();
    }

    private OutcomeRecord assemble() {
        List<GoalProgress> overview = goals.overview();
        Map<Long, GoalProgress.IndicatorProgress> progress = new HashMap<>();
        overview.forEach(
                g -> g.indicators().forEach(i -> progress.put(i.indicator().getId(), i)));
        Chain chain = toc.chain();
        List<EffectReport> reports = effects.reports();
        List<ChosenStory> chosen = msc.chosen();
        Map<Long, List<SroiEvidence>> sroiByIndicator = sroiByIndicator();

        List<Row> rows = new ArrayList<>();
        List<Chain.Element> outcomes = chain.at(Level.OUTCOME);
        boolean fromToc = !outcomes.isEmpty();
        if (fromToc) {
            Map<Long, String> titles = new HashMap<>();
            chain.elements().forEach(e -> titles.put(e.id(), e.title()));
            for (Chain.Element element : outcomes) {
                List<Long> indicatorIds = element.indicators().stream()
                        .map(Chain.IndicatorEvidence::id)
                        .toList();
                rows.add(new Row(
                        element.id(),
                        null,
                        element.title(),
                        element.description(),
                        indicatorIds.stream()
                                .map(progress::get)
                                .filter(Objects::nonNull)
                                .map(OutcomeRecordService::evidence)
                                .toList(),
                        effectEvidence(
                                reports,
                                e -> e.getOutcome() != null && e.getOutcome().getId() == element.id()),
                        chosen.stream()
                                .filter(c -> c.domain().getOutcome() != null
                                        && c.domain().getOutcome().getId() == element.id())
                                .toList(),
                        sroi(sroiByIndicator, indicatorIds),
                        chain.links().stream()
                                .filter(l -> l.toId() == element.id() || l.fromId() == element.id())
                                .map(l -> new LinkEvidence(
                                        l.toId() == element.id(),
                                        titles.get(l.toId() == element.id() ? l.fromId() : l.toId()),
                                        l.confidence(),
                                        l.assumption()))
                                // what leads to the outcome first, then what it leads to
                                .sorted(java.util.Comparator.comparing(LinkEvidence::incoming)
                                        .reversed())
                                .toList()));
            }
        } else {
            for (GoalProgress goal : overview) {
                long goalId = goal.goal().getId();
                List<Long> indicatorIds = goal.indicators().stream()
                        .map(i -> i.indicator().getId())
                        .toList();
                rows.add(new Row(
                        null,
                        goalId,
                        goal.goal().getTitle(),
                        goal.goal().getDescription(),
                        goal.indicators().stream()
                                .map(OutcomeRecordService::evidence)
                                .toList(),
                        effectEvidence(
                                reports, e -> e.getGoal() != null && e.getGoal().getId() == goalId),
                        chosen.stream()
                                .filter(c -> c.domain().getGoal() != null
                                        && c.domain().getGoal().getId() == goalId)
                                .toList(),
                        sroi(sroiByIndicator, indicatorIds),
                        List.of()));
            }
        }
        return new OutcomeRecord(fromToc, rows);
    }

    private static IndicatorEvidence evidence(GoalProgress.IndicatorProgress progress) {
        Indicator indicator = progress.indicator();
        List<GoalProgress.Point> points = progress.points();
        GoalProgress.Point latest = progress.latest();
        Trend trend = Trend.NONE;
        Boolean better = null;
        if (points.size() >= 2) {
            int step = latest.value().compareTo(points.get(points.size() - 2).value());
            trend = step > 0 ? Trend.UP : step < 0 ? Trend.DOWN : Trend.FLAT;
            if (step != 0) {
                better = (step > 0) == (indicator.getDirection() != Direction.LOWER);
            }
        }
        return new IndicatorEvidence(
                indicator.getId(),
                indicator.getName(),
                indicator.getUnit(),
                latest == null ? null : latest.value(),
                latest == null ? null : latest.periodStart(),
                indicator.getTarget(),
                progress.light(),
                trend,
                better,
                points.size());
    }

    private static List<EffectEvidence> effectEvidence(
            List<EffectReport> reports, java.util.function.Predicate<nl.cmostamm.portal.method.effect.Effect> of) {
        List<EffectEvidence> evidence = new ArrayList<>();
        for (EffectReport report : reports) {
            if (!of.test(report.effect())) {
                continue;
            }
            for (EffectReport.Compared compared : report.comparisons()) {
                evidence.add(new EffectEvidence(
                        report.effect().getId(),
                        report.effect().getTitle(),
                        compared.before().getSurvey().getName(),
                        compared.before().getName(),
                        compared.after().getName(),
                        compared.responsesBefore(),
                        compared.responsesAfter(),
                        compared.headline()));
            }
        }
        return evidence;
    }

    private static List<SroiEvidence> sroi(Map<Long, List<SroiEvidence>> byIndicator, List<Long> indicatorIds) {
        return indicatorIds.stream()
                .flatMap(id -> byIndicator.getOrDefault(id, List.of()).stream())
                .distinct()
                .toList();
    }

    /**
     * Every outcome of every calculable analysis that an indicator evidences, valued as the map
     * expects and in the cautious and optimistic scenarios, by that indicator.
     */
    private Map<Long, List<SroiEvidence>> sroiByIndicator() {
        Map<Long, List<SroiEvidence>> byIndicator = new HashMap<>();
        for (ImpactMap map : sroi.maps()) {
            Calculation calculation = map.calculation();
            if (!calculation.problems().isEmpty()) {
                continue;
            }
            Result expected = SroiEngine.calculate(calculation);
            Result cautious = valued(Scenario.CAUTIOUS.apply(calculation));
            Result optimistic = valued(Scenario.OPTIMISTIC.apply(calculation));
            for (int i = 0; i < map.outcomes().size(); i++) {
                SroiOutcome outcome = map.outcomes().get(i);
                if (outcome.getIndicator() == null) {
                    continue;
                }
                BigDecimal value = expected.outcomes().get(i).presentValue();
                BigDecimal low =
                        cautious == null ? value : cautious.outcomes().get(i).presentValue();
                BigDecimal high = optimistic == null
                        ? value
                        : optimistic.outcomes().get(i).presentValue();
                byIndicator
                        .computeIfAbsent(outcome.getIndicator().getId(), k -> new ArrayList<>())
                        .add(new SroiEvidence(
                                map.analysis().getId(),
                                map.analysis().getTitle(),
                                map.analysis().getStatus(),
                                outcome.getDescription(),
                                value,
                                low.min(high),
                                high.max(low)));
            }
        }
        return byIndicator;
    }

    /** A scenario's result, or null when the scenario moves the map out of what can be calculated. */
    private static Result valued(Calculation calculation) {
        return calculation.problems().isEmpty() ? SroiEngine.calculate(calculation) : null;
    }
}
