package nl.cmostamm.portal.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.activity.Occurrence;
import nl.cmostamm.portal.datacollection.ComputedIndicators;
import nl.cmostamm.portal.datacollection.Measurement;
import nl.cmostamm.portal.goal.Computation;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.initiative.DefaultThemes;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.InitiativeForm;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.method.effect.EffectService;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.report.factsheet.FactSheetService;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorAssignment;
import nl.cmostamm.portal.security.BoardMembership;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.survey.DemoSurveys;

/**
 * Writes one demo initiative and its own rows, in one transaction whose tenant is that initiative
 * (under its reserved id): profile, lists, advisors and board, activities and help categories
 * linked to its societal effects and target groups ({@link DemoEfforts}), goals with indicators
 * and two years of measurements, stories, stakeholders, surveys and the methods it chose, with what it made of
 * them (a Theory of Change, effects compared between survey waves, a Most Significant Change round,
 * SROI analyses). What goes through a service is written after everything it reads is flushed, so
 * every demo initiative's outcome record holds evidence from at least three methods.
 */
@Stateless
@Guarded
public class DemoWriter {

    private static final int MONTHS = 24;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    ComputedIndicators computed;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    MscService msc;

    @EJB
    EffectService effects;

    @EJB
    SroiService sroi;

    @EJB
    FactSheetService factSheets;

    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public void furnish(
            long initiativeId, DemoInitiative demo, List<Long> advisorIds, long boardAdminId, long memberId) {
        Initiative initiative = new Initiative(initiativeId, profile(demo));
        em.persist(initiative);
        // written before its own rows, which point at it through a column EclipseLink does not map
        em.flush();
        Map<String, ValueTheme> themes = new HashMap<>();
        for (int i = 0; i < DefaultThemes.DUTCH.size(); i++) {
            ValueTheme theme = new ValueTheme(DefaultThemes.DUTCH.get(i), i);
            em.persist(theme);
            themes.put(theme.getName(), theme);
        }
        Map<String, TargetGroup> groups = new HashMap<>();
        List<String> groupNames = DemoEfforts.targetGroups(demo.slug());
        for (int i = 0; i < groupNames.size(); i++) {
            TargetGroup group = new TargetGroup(groupNames.get(i), i);
            em.persist(group);
            groups.put(group.getName(), group);
        }
        Map<String, HelpCategory> categories = new HashMap<>();
        for (int i = 0; i < HelpCategory.DEFAULTS.size(); i++) {
            HelpCategory category = new HelpCategory(HelpCategory.DEFAULTS.get(i), i);
            em.persist(category);
            categories.put(category.getName(), category);
        }
        Map<String, SocietalEffect> societalEffects = new HashMap<>();
        for (int i = 0; i < demo.effects().size(); i++) {
            SocietalEffect effect = new SocietalEffect(demo.effects().get(i), null, i);
            em.persist(effect);
            societalEffects.put(effect.getName(), effect);
        }
        DemoEfforts.linkCategories(demo.slug(), categories, societalEffects);
        for (Long advisorId : advisorIds) {
            em.persist(new AdvisorAssignment(initiative, em.find(Account.class, advisorId)));
        }
        em.persist(new BoardMembership(initiative, em.find(Account.class, boardAdminId), BoardRole.BOARD_ADMIN));
        em.persist(new BoardMembership(initiative, em.find(Account.class, memberId), BoardRole.BOARD_MEMBER));
        if (demo.slug().equals("middelstum")) {
            DemoLogbook.write(em, categories, new Random(7));
        }
        if (demo.slug().equals("westerwolde")) {
            DemoLogbook.writeWesterwolde(em, categories, groups, new Random(13));
        }
        goals(demo, themes, groups, societalEffects, em.find(Account.class, boardAdminId));
        DemoStories.write(em, demo.slug(), themes, em.find(Account.class, boardAdminId));
        DemoStakeholders.write(em, demo.slug());
        DemoMethodChoices.write(
                em, demo.slug(), em.find(Account.class, boardAdminId), em.find(Account.class, advisorIds.get(0)));
        DemoSurveys.write(em, demo.slug(), initiative.getId(), categories, new Random(11));
        em.flush();
        DemoTheoryOfChange.write(em, demo.slug(), toc);
        // effects and MSC domains stand for the ToC's outcomes: written before the services look them up
        em.flush();
        DemoEffects.write(em, demo.slug(), effects);
        DemoMsc.write(em, demo.slug(), msc);
        DemoSroi.write(
                em, demo.slug(), em.find(Account.class, boardAdminId), em.find(Account.class, advisorIds.get(0)), sroi);
        DemoFactSheet.write(demo.slug(), factSheets);
    }

    private static InitiativeForm profile(DemoInitiative demo) {
        InitiativeForm profile = new InitiativeForm();
        profile.setSlug(demo.slug());
        profile.setName(demo.name());
        profile.setMunicipality(demo.municipality());
        profile.setProvince(demo.province());
        profile.setSocialBasisLevel(demo.level());
        profile.setStartDate(demo.start());
        profile.setMission(demo.mission());
        return profile;
    }

    /** The initiative's goals and indicators with two years of monthly measurements up to last month. */
    private void goals(
            DemoInitiative demo,
            Map<String, ValueTheme> themes,
            Map<String, TargetGroup> groups,
            Map<String, SocietalEffect> societalEffects,
            Account recorder) {
        Random wobble = new Random(demo.slug().hashCode());
        LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(MONTHS);
        Map<String, Activity> activities = activities(demo, first, groups, societalEffects, wobble);
        for (DemoGoals.Goal plan : DemoGoals.BY_INITIATIVE.getOrDefault(demo.slug(), List.of())) {
            Goal goal = new Goal();
            goal.setTitle(plan.title());
            goal.setDescription(plan.description());
            goal.setThemes(new ArrayList<>(List.of(themes.get(plan.theme()))));
            goal.setTargetGroups(new ArrayList<>(List.of(groups.get(plan.targetGroup()))));
            String effect = DemoGoals.EFFECT_OF_GOAL.get(plan.title());
            if (effect != null) {
                goal.setSocietalEffect(societalEffects.get(effect));
            }
            goal.setPeriodStart(first);
            goal.setPeriodEnd(first.plusYears(3).minusDays(1));
            em.persist(goal);
            int position = 0;
            for (DemoGoals.Indicator planned : plan.indicators()) {
                Indicator indicator = new Indicator();
                indicator.setGoal(goal);
                indicator.setName(planned.name());
                indicator.setKind(planned.kind());
                indicator.setValueType(planned.type());
                indicator.setUnit(planned.unit());
                indicator.setBaseline(BigDecimal.valueOf(planned.baseline()));
                indicator.setTarget(BigDecimal.valueOf(planned.target()));
                indicator.setTargetDate(goal.getPeriodEnd());
                indicator.setDirection(planned.direction());
                indicator.setSource(planned.source());
                indicator.setCollectionMethod(planned.method());
                indicator.setFrequency(planned.frequency());
                indicator.setPosition(position++);
                if (planned.countsActivity() != null) {
                    indicator.setComputedFrom(Computation.ACTIVITY_PARTICIPANTS);
                    indicator.setComputedActivity(activities.get(planned.countsActivity()));
                    em.persist(indicator);
                    continue;
                }
                em.persist(indicator);
                for (int month = 0; month < MONTHS; month++) {
                    Measurement measurement =
                            new Measurement(indicator, Frequency.MONTHLY.periodOf(first.plusMonths(month)));
                    measurement.record(
                            planned.valueInMonth(month, wobble.nextInt(5) - 2), null, planned.source(), recorder);
                    em.persist(measurement);
                }
            }
        }
        computed.refresh();
    }

    /**
     * The initiative's activities with the effect they serve and their target groups, each
     * registered every time it was held since {@code first}, and at least once in the current half
     * year, so that a half-yearly report is never empty on the demo, whatever the day.
     */
    private Map<String, Activity> activities(
            DemoInitiative demo,
            LocalDate first,
            Map<String, TargetGroup> groups,
            Map<String, SocietalEffect> societalEffects,
            Random wobble) {
        Map<String, Activity> byName = new HashMap<>();
        LocalDate today = LocalDate.now();
        LocalDate halfYear = today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7);
        for (DemoGoals.Activity plan : DemoGoals.ACTIVITIES.getOrDefault(demo.slug(), List.of())) {
            Activity activity = new Activity();
            activity.setName(plan.name());
            activity.setDescription(plan.description());
            activity.setEffect(plan.effect() == null ? null : societalEffects.get(plan.effect()));
            activity.setTargetGroups(new ArrayList<>(
                    plan.targetGroups().stream().map(groups::get).toList()));
            em.persist(activity);
            byName.put(plan.name(), activity);
            int time = 0;
            LocalDate last = null;
            for (LocalDate day = first.plusDays(3); day.isBefore(today); day = day.plusDays(plan.everyDays())) {
                register(activity, day, plan, time++, wobble);
                last = day;
            }
            if (last == null || last.isBefore(halfYear)) {
                register(activity, today, plan, time, wobble);
            }
        }
        return byName;
    }

    private void register(Activity activity, LocalDate day, DemoGoals.Activity plan, int time, Random wobble) {
        Occurrence occurrence = new Occurrence();
        occurrence.setActivity(activity);
        occurrence.setDate(day);
        occurrence.setParticipants(
                (int) Math.max(0, Math.round(plan.start() + plan.trend() * time + wobble.nextInt(5) - 2)));
        occurrence.setVolunteers(plan.volunteers());
        occurrence.setVolunteerHours(BigDecimal.valueOf(plan.volunteers() * plan.hours()));
        em.persist(occurrence);
    }
}
