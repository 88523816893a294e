package nl.cmostamm.portal.report.insight;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.method.outcome.OutcomeRecord;
import nl.cmostamm.portal.method.outcome.OutcomeRecordService;
import nl.cmostamm.portal.report.insight.InsightReport.Effort;
import nl.cmostamm.portal.report.insight.InsightReport.Evidence;
import nl.cmostamm.portal.report.insight.InsightReport.GoalLight;
import nl.cmostamm.portal.report.insight.InsightReport.GroupShare;
import nl.cmostamm.portal.report.insight.InsightReport.Output;
import nl.cmostamm.portal.report.insight.InsightReport.Section;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Puts the insight report together for the entered initiative. Efforts are grouped by the societal
 * effect their activity or help category serves, as the board linked them once; outputs are counted
 * in the database per effort and period (a fixed number of queries, whatever the number of
 * efforts); outcome evidence comes from the outcome record, each outcome under the effects of the
 * goals whose indicators evidence it.
 */
@Stateless
@Guarded
public class InsightReportService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    GoalService goals;

    @EJB
    OutcomeRecordService outcomes;

    @EJB
    AuditLog audit;

    @Allow(Caller.BOARD)
    public InsightReport report(ReportPeriod period) {
        ReportPeriod previous = period.previous();
        Initiative initiative = em.find(Initiative.class, Tenancy.requireInitiative());
        List<SocietalEffect> effects =
                em.createNamedQuery(SocietalEffect.ALL, SocietalEffect.class).getResultList();
        List<Activity> activities = em
                .createQuery(
                        "select distinct a from Activity a left join fetch a.effect left join fetch a.targetGroups",
                        Activity.class)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(Activity::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<HelpCategory> categories = em.createQuery(
                        "select c from HelpCategory c left join fetch c.effect order by c.position, c.name",
                        HelpCategory.class)
                .getResultList();
        Map<Long, Output> activityNow = activityOutput(period);
        Map<Long, Output> activityBefore = activityOutput(previous);
        Map<Long, Map<Long, Integer>> helpNow = helpRequests(period);
        Map<Long, Map<Long, Integer>> helpBefore = helpRequests(previous);
        Map<Long, BigDecimal> hoursNow = helpHours(period);
        Map<Long, BigDecimal> hoursBefore = helpHours(previous);

        Map<Long, Long> goalEffect = new HashMap<>();
        for (Object[] row : em.createQuery("select g.id, e.id from Goal g join g.societalEffect e", Object[].class)
                .getResultList()) {
            goalEffect.put((Long) row[0], (Long) row[1]);
        }
        List<GoalProgress> overview = goals.overview();
        Map<Long, Long> indicatorGoal = new HashMap<>();
        overview.forEach(g -> g.indicators()
                .forEach(i -> indicatorGoal.put(i.indicator().getId(), g.goal().getId())));
        OutcomeRecord record = outcomes.summary();

        List<Long> sectionIds = new ArrayList<>();
        effects.forEach(e -> sectionIds.add(e.getId()));
        sectionIds.add(null);
        List<Section> sections = new ArrayList<>();
        List<TargetGroup> groups =
                em.createNamedQuery(TargetGroup.ALL, TargetGroup.class).getResultList();
        for (Long effectId : sectionIds) {
            SocietalEffect effect = effects.stream()
                    .filter(e -> e.getId().equals(effectId))
                    .findFirst()
                    .orElse(null);
            List<Effort> efforts = new ArrayList<>();
            Spread spread = new Spread(groups);
            for (Activity activity : activities) {
                if (!Objects.equals(
                        effectId,
                        activity.getEffect() == null
                                ? null
                                : activity.getEffect().getId())) {
                    continue;
                }
                Output now = activityNow.getOrDefault(activity.getId(), Output.NONE);
                Output before = activityBefore.getOrDefault(activity.getId(), Output.NONE);
                if (!activity.isActive() && now.isEmpty() && before.isEmpty()) {
                    continue;
                }
                // in the initiative's own order: a fetch join does not keep the mapping's ORDER BY
                List<String> names = activity.getTargetGroups().stream()
                        .sorted(Comparator.comparingInt(TargetGroup::getPosition))
                        .map(TargetGroup::getName)
                        .toList();
                efforts.add(new Effort(activity.getName(), false, names, now, before));
                spread.participants(activity.getTargetGroups(), now.participants(), before.participants());
            }
            for (HelpCategory category : categories) {
                if (!Objects.equals(
                        effectId,
                        category.getEffect() == null
                                ? null
                                : category.getEffect().getId())) {
                    continue;
                }
                Map<Long, Integer> byGroupNow = helpNow.getOrDefault(category.getId(), Map.of());
                Map<Long, Integer> byGroupBefore = helpBefore.getOrDefault(category.getId(), Map.of());
                Output now =
                        new Output(0, 0, sum(byGroupNow), hoursNow.getOrDefault(category.getId(), BigDecimal.ZERO));
                Output before = new Output(
                        0, 0, sum(byGroupBefore), hoursBefore.getOrDefault(category.getId(), BigDecimal.ZERO));
                if (now.isEmpty() && before.isEmpty()) {
                    continue;
                }
                efforts.add(new Effort(category.getName(), true, List.of(), now, before));
                spread.help(byGroupNow, byGroupBefore);
            }
            List<GoalLight> goalLights = overview.stream()
                    .filter(g ->
                            Objects.equals(effectId, goalEffect.get(g.goal().getId())))
                    .map(g -> new GoalLight(g.goal().getTitle(), worst(g)))
                    .toList();
            List<Evidence> evidence = record.rows().stream()
                    .filter(r -> effectsOf(r, goalEffect, indicatorGoal).contains(effectId))
                    .map(InsightReportService::evidence)
                    .toList();
            if (effect == null && efforts.isEmpty() && evidence.isEmpty() && goalLights.isEmpty()) {
                continue;
            }
            sections.add(new Section(
                    effectId,
                    effect == null ? null : effect.getName(),
                    effect == null ? null : effect.getDescription(),
                    goalLights,
                    efforts,
                    efforts.stream().map(Effort::current).reduce(Output.NONE, Output::plus),
                    efforts.stream().map(Effort::previous).reduce(Output.NONE, Output::plus),
                    evidence,
                    spread.shares()));
        }
        Spread all = new Spread(groups);
        for (Activity activity : activities) {
            all.participants(
                    activity.getTargetGroups(),
                    activityNow.getOrDefault(activity.getId(), Output.NONE).participants(),
                    activityBefore.getOrDefault(activity.getId(), Output.NONE).participants());
        }
        for (HelpCategory category : categories) {
            all.help(
                    helpNow.getOrDefault(category.getId(), Map.of()),
                    helpBefore.getOrDefault(category.getId(), Map.of()));
        }
        return new InsightReport(
                initiative.getName(),
                initiative.getMunicipality(),
                period,
                previous,
                sections,
                all.shares(),
                sections.stream().map(Section::current).reduce(Output.NONE, Output::plus),
                sections.stream().map(Section::previous).reduce(Output.NONE, Output::plus));
    }

    /** Records that the report left the portal as a file (PDF or spreadsheet) for this period. */
    @Allow(Caller.BOARD)
    public void exported(ReportPeriod period, String format) {
        audit.record(
                AuditAction.EXPORT,
                "insightReport",
                null,
                "inzichtrapportage " + period.from() + " t/m " + period.to() + " (" + format + ")");
    }

    /** Per activity its registrations, participants and volunteer hours in the period. */
    private Map<Long, Output> activityOutput(ReportPeriod period) {
        Map<Long, Output> output = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select o.activity.id, count(o), coalesce(sum(o.participants), 0),"
                                + " coalesce(sum(o.volunteerHours), 0) from Occurrence o"
                                + " where o.date between :from and :to group by o.activity.id",
                        Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList()) {
            output.put(
                    (Long) row[0],
                    new Output(
                            ((Number) row[1]).intValue(),
                            ((Number) row[2]).intValue(),
                            0,
                            new BigDecimal(row[3].toString())));
        }
        return output;
    }

    /** Per help category, per target group (null: none named) the number of requests in the period. */
    private Map<Long, Map<Long, Integer>> helpRequests(ReportPeriod period) {
        Map<Long, Map<Long, Integer>> requests = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.category.id, t.id, count(r) from HelpRequest r left join r.targetGroup t"
                                + " where r.requestedOn between :from and :to group by r.category.id, t.id",
                        Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList()) {
            requests.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>())
                    .put((Long) row[1], ((Number) row[2]).intValue());
        }
        return requests;
    }

    /** Per help category the volunteers' hours on requests of the period. */
    private Map<Long, BigDecimal> helpHours(ReportPeriod period) {
        Map<Long, BigDecimal> hours = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.request.category.id, coalesce(sum(a.hours), 0) from HelpAssignment a"
                                + " where a.request.requestedOn between :from and :to group by a.request.category.id",
                        Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList()) {
            hours.put((Long) row[0], new BigDecimal(row[1].toString()));
        }
        return hours;
    }

    private static int sum(Map<Long, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The effects an outcome of the record belongs to: its goal's, or those of its indicators' goals. */
    private static Set<Long> effectsOf(
            OutcomeRecord.Row row, Map<Long, Long> goalEffect, Map<Long, Long> indicatorGoal) {
        Set<Long> effects = new LinkedHashSet<>();
        if (row.goalId() != null) {
            effects.add(goalEffect.get(row.goalId()));
        }
        for (OutcomeRecord.IndicatorEvidence indicator : row.indicators()) {
            Long goal = indicatorGoal.get(indicator.id());
            if (goal != null) {
                effects.add(goalEffect.get(goal));
            }
        }
        if (effects.isEmpty()) {
            effects.add(null);
        }
        return effects;
    }

    private static Evidence evidence(OutcomeRecord.Row row) {
        return new Evidence(
                row.title(),
                row.columnsWithEvidence(),
                row.indicators(),
                row.effects(),
                row.stories().size(),
                row.sroi());
    }

    /** The goal's worst measured light; grey when no indicator has been measured. */
    static Light worst(GoalProgress goal) {
        Light worst = Light.GREY;
        for (GoalProgress.IndicatorProgress indicator : goal.indicators()) {
            Light light = indicator.light();
            if (light != Light.GREY && (worst == Light.GREY || severity(light) > severity(worst))) {
                worst = light;
            }
        }
        return worst;
    }

    private static int severity(Light light) {
        return switch (light) {
            case RED -> 3;
            case ORANGE -> 2;
            case GREEN -> 1;
            case GREY -> 0;
        };
    }

    /** Participants and help requests per target group, in the order of the initiative's list. */
    private static final class Spread {
        private final Map<Long, String> names = new LinkedHashMap<>();
        private final Map<Long, int[]> counts = new LinkedHashMap<>();

        Spread(List<TargetGroup> groups) {
            groups.forEach(g -> names.put(g.getId(), g.getName()));
        }

        void participants(List<TargetGroup> groups, int now, int before) {
            if (groups.isEmpty()) {
                add(null, now, before, 0, 0);
            }
            groups.forEach(g -> add(g.getId(), now, before, 0, 0));
        }

        void help(Map<Long, Integer> now, Map<Long, Integer> before) {
            now.forEach((group, n) -> add(group, 0, 0, n, 0));
            before.forEach((group, n) -> add(group, 0, 0, 0, n));
        }

        private void add(Long group, int participants, int previousParticipants, int help, int previousHelp) {
            int[] c = counts.computeIfAbsent(group, k -> new int[4]);
            c[0] += participants;
            c[1] += previousParticipants;
            c[2] += help;
            c[3] += previousHelp;
        }

        List<GroupShare> shares() {
            List<GroupShare> shares = new ArrayList<>();
            for (Map.Entry<Long, String> group : names.entrySet()) {
                int[] c = counts.getOrDefault(group.getKey(), new int[4]);
                shares.add(new GroupShare(group.getValue(), c[0], c[1], c[2], c[3]));
            }
            int[] unrecorded = counts.get(null);
            if (unrecorded != null && (unrecorded[0] + unrecorded[1] + unrecorded[2] + unrecorded[3]) > 0) {
                shares.add(new GroupShare(null, unrecorded[0], unrecorded[1], unrecorded[2], unrecorded[3]));
            }
            return shares;
        }
    }
}
