package nl.cmostamm.portal.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.datacollection.GridRow;
import nl.cmostamm.portal.datacollection.MeasurementService;
import nl.cmostamm.portal.goal.Computation;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.goal.ValueType;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Register once" in Payara Micro against the real PostgreSQL: registrations of activities feed
 * computed indicators per period, corrections and deletions follow at once, the same day twice is
 * a correction, and computed values cannot be typed over. An activity names once the societal
 * effect it serves and its target groups, from its own initiative's lists only.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityServiceIT {

    @EJB
    ActivityService activities;

    @EJB
    GoalService goals;

    @EJB
    MeasurementService measurements;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void registrationsFeedTheIndicatorsThatCountThem() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Activity dinner = Tenancy.with(scope, () -> activities.save(activity("Dorpsdiner")));
        Activity coffee = Tenancy.with(scope, () -> activities.save(activity("Koffieochtend")));
        Goal goal = Tenancy.with(scope, () -> goals.save(goal("Erbij horen")));
        Indicator guests = Tenancy.with(
                scope,
                () -> goals.saveIndicator(
                        goal.getId(),
                        computed(
                                "Gasten dorpsdiner per kwartaal",
                                Computation.ACTIVITY_PARTICIPANTS,
                                Frequency.QUARTERLY,
                                dinner.getId())));
        Indicator hours = Tenancy.with(
                scope,
                () -> goals.saveIndicator(
                        goal.getId(),
                        computed(
                                "Vrijwilligersuren per jaar",
                                Computation.ACTIVITY_VOLUNTEER_HOURS,
                                Frequency.YEARLY,
                                null)));

        assertTrue(Tenancy.with(scope, () -> activities.register(dinner.getId(), figures("2026-07-10", 40, "12"))));
        assertTrue(Tenancy.with(scope, () -> activities.register(dinner.getId(), figures("2026-08-14", 46, "14.5"))));
        assertTrue(Tenancy.with(scope, () -> activities.register(dinner.getId(), figures("2026-10-09", 51, "15"))));
        assertTrue(Tenancy.with(scope, () -> activities.register(coffee.getId(), figures("2026-10-13", 18, "3"))));

        assertEquals(
                List.of(86, 51),
                values(scope, guests),
                "the dinner's guests summed per quarter; the coffee morning not counted");
        assertEquals(List.of(44.5), decimals(scope, hours), "every activity's hours in the year");

        assertFalse(
                Tenancy.with(scope, () -> activities.register(dinner.getId(), figures("2026-08-14", 48, "14.5"))),
                "the same day again corrects it");
        assertEquals(List.of(88, 51), values(scope, guests));
        assertEquals(3L, Tenancy.with(scope, () -> activities.countOccurrences(dinner.getId())));

        Occurrence october = Tenancy.with(scope, () -> activities.occurrences(dinner.getId(), 0, 10))
                .get(0);
        Tenancy.with(scope, () -> {
            activities.deleteOccurrence(october.getId(), october.getVersion());
            return null;
        });
        assertEquals(List.of(88), values(scope, guests), "a period without registrations has no value");

        LocalDate inQuarter = LocalDate.of(2026, 8, 1);
        GridRow row = Tenancy.with(scope, () -> measurements.grid(inQuarter)).stream()
                .filter(r -> r.getIndicatorId() == guests.getId())
                .findFirst()
                .orElseThrow();
        assertTrue(row.isComputed());
        row.setValue(BigDecimal.valueOf(999));
        Tenancy.with(scope, () -> measurements.recordPeriod(List.of(row)));
        assertEquals(List.of(88), values(scope, guests), "a computed value cannot be typed over");
    }

    @Test
    void badFiguresAreRefusedAndAnActivityInUseIsNotDeleted() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Activity dinner = Tenancy.with(scope, () -> activities.save(activity("Dorpsdiner")));

        ValidationFailure negative = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(scope, () -> activities.register(dinner.getId(), figures("2026-07-10", -3, "1"))));
        assertEquals("participants", negative.getField());
        ValidationFailure future = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(
                        scope,
                        () -> activities.register(
                                dinner.getId(),
                                figures(LocalDate.now().plusDays(10).toString(), 3, "1"))));
        assertEquals("occurrence.date.future", future.getMessageKey());
        ValidationFailure twice = assertThrows(
                ValidationFailure.class, () -> Tenancy.with(scope, () -> activities.save(activity("DORPSDINER"))));
        assertEquals("activity.name.taken", twice.getMessageKey());
        assertEquals(0L, Tenancy.with(scope, () -> activities.countOccurrences(dinner.getId())));

        Tenancy.with(scope, () -> activities.register(dinner.getId(), figures("2026-07-10", 3, "1")));
        ValidationFailure inUse = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(scope, () -> {
                    activities.delete(dinner.getId(), dinner.getVersion());
                    return null;
                }));
        assertEquals("activity.inUse", inUse.getMessageKey());
    }

    @Test
    void anotherInitiativesActivityIsNotFound() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Activity ofA = Tenancy.with(a, () -> activities.save(activity("Alleen van A")));
        Goal goalOfB = Tenancy.with(b, () -> goals.save(goal("Doel van B")));

        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> activities.activity(ofA.getId())));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> activities.register(ofA.getId(), figures("2026-07-10", 3, "1"))));
        ValidationFailure foreign = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(
                        b,
                        () -> goals.saveIndicator(
                                goalOfB.getId(),
                                computed(
                                        "Telt A", Computation.ACTIVITY_PARTICIPANTS, Frequency.MONTHLY, ofA.getId()))));
        assertEquals("indicator.activity.invalid", foreign.getMessageKey());
        assertEquals(0L, Tenancy.with(a, () -> activities.countOccurrences(ofA.getId())));
    }

    @Test
    void anActivityNamesItsEffectAndTargetGroupsOnceAndTheListShowsThem() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        List<SocietalEffect> effects =
                InContainer.effects(initiatives, scope, "Leefbaarheid & socialiseren", "Autonomie & meedoen");
        List<TargetGroup> groups = Tenancy.with(scope, initiatives::targetGroups);
        ActivityForm form = activity("Mantelzorgcafé");
        form.setEffectId(effects.get(1).getId());
        form.setTargetGroupIds(
                new ArrayList<>(List.of(groups.get(2).getId(), groups.get(0).getId())));

        Activity saved = Tenancy.with(scope, () -> activities.save(form));

        Activity read = Tenancy.with(scope, () -> activities.activity(saved.getId()));
        assertEquals("Autonomie & meedoen", read.getEffect().getName());
        assertEquals(
                List.of(groups.get(0).getName(), groups.get(2).getName()),
                read.getTargetGroups().stream().map(TargetGroup::getName).toList(),
                "in the initiative's order");
        ActivityForm again = ActivityForm.of(read);
        assertEquals(effects.get(1).getId(), again.getEffectId());
        assertEquals(List.of(groups.get(0).getId(), groups.get(2).getId()), again.getTargetGroupIds());
        ActivitySummary listed = Tenancy.with(scope, activities::summaries).get(0);
        assertEquals(
                "Autonomie & meedoen",
                listed.activity().getEffect().getName(),
                "the list has the links loaded, outside the transaction");
        assertEquals(2, listed.activity().getTargetGroups().size());

        again.setEffectId(null);
        again.setTargetGroupIds(new ArrayList<>());
        Tenancy.with(scope, () -> activities.save(again));
        Activity cleared = Tenancy.with(scope, () -> activities.activity(saved.getId()));
        assertEquals(null, cleared.getEffect(), "both links are optional");
        assertTrue(cleared.getTargetGroups().isEmpty());
    }

    @Test
    void anotherInitiativesEffectOrTargetGroupIsRefusedAtItsFieldAndChangesNothing() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        List<SocietalEffect> effectsOfA = InContainer.effects(initiatives, a, "Autonomie & meedoen");
        SocietalEffect effectOfB = InContainer.effects(initiatives, b, "Elders").get(0);
        TargetGroup groupOfB = Tenancy.with(b, initiatives::targetGroups).get(0);
        ActivityForm first = activity("Taalcafé");
        first.setEffectId(effectsOfA.get(0).getId());
        Activity saved = Tenancy.with(a, () -> activities.save(first));

        ActivityForm foreignEffect = ActivityForm.of(Tenancy.with(a, () -> activities.activity(saved.getId())));
        foreignEffect.setEffectId(effectOfB.getId());
        foreignEffect.setDescription("Gewijzigd");
        ValidationFailure effect =
                assertThrows(ValidationFailure.class, () -> Tenancy.with(a, () -> activities.save(foreignEffect)));
        assertEquals("activity.effect.invalid", effect.getMessageKey());
        assertEquals("effect", effect.getField());
        assertEquals(effectOfB.getId(), foreignEffect.getEffectId(), "what the user chose is left as it was");

        ActivityForm foreignGroup = ActivityForm.of(Tenancy.with(a, () -> activities.activity(saved.getId())));
        foreignGroup.setTargetGroupIds(new ArrayList<>(List.of(groupOfB.getId())));
        ValidationFailure group =
                assertThrows(ValidationFailure.class, () -> Tenancy.with(a, () -> activities.save(foreignGroup)));
        assertEquals("activity.targetGroups.invalid", group.getMessageKey());
        assertEquals("targetGroups", group.getField());

        Activity unchanged = Tenancy.with(a, () -> activities.activity(saved.getId()));
        assertEquals("Autonomie & meedoen", unchanged.getEffect().getName());
        assertTrue(unchanged.getTargetGroups().isEmpty());
        assertEquals(null, unchanged.getDescription());
        assertEquals(saved.getVersion(), unchanged.getVersion(), "nothing was saved");
    }

    @Test
    void aChangeOfOnlyTheTargetGroupsMakesAnOlderFormAConflict() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        List<TargetGroup> groups = Tenancy.with(scope, initiatives::targetGroups);
        Activity saved = Tenancy.with(scope, () -> activities.save(activity("Beweegochtend")));
        ActivityForm mine = ActivityForm.of(Tenancy.with(scope, () -> activities.activity(saved.getId())));
        ActivityForm theirs = ActivityForm.of(Tenancy.with(scope, () -> activities.activity(saved.getId())));

        mine.setTargetGroupIds(new ArrayList<>(List.of(groups.get(0).getId())));
        Tenancy.with(scope, () -> activities.save(mine));
        theirs.setTargetGroupIds(new ArrayList<>(List.of(groups.get(1).getId())));

        assertThrows(ConcurrentEditException.class, () -> Tenancy.with(scope, () -> activities.save(theirs)));
        assertEquals(
                List.of(groups.get(0).getName()),
                Tenancy.with(scope, () -> activities.activity(saved.getId())).getTargetGroups().stream()
                        .map(TargetGroup::getName)
                        .toList());
    }

    private List<Integer> values(Tenancy.Scope scope, Indicator indicator) {
        return points(scope, indicator).stream()
                .map(p -> p.value().intValueExact())
                .toList();
    }

    private List<Double> decimals(Tenancy.Scope scope, Indicator indicator) {
        return points(scope, indicator).stream()
                .map(p -> p.value().doubleValue())
                .toList();
    }

    private List<GoalProgress.Point> points(Tenancy.Scope scope, Indicator indicator) {
        return Tenancy.with(scope, goals::overview).stream()
                .flatMap(g -> g.indicators().stream())
                .filter(i -> i.indicator().getId().equals(indicator.getId()))
                .findFirst()
                .orElseThrow()
                .points();
    }

    private static ActivityForm activity(String name) {
        ActivityForm activity = new ActivityForm();
        activity.setName(name);
        return activity;
    }

    private static GoalForm goal(String title) {
        GoalForm form = new GoalForm();
        form.setTitle(title);
        return form;
    }

    private static IndicatorForm computed(String name, Computation computation, Frequency frequency, Long activityId) {
        IndicatorForm indicator = new IndicatorForm();
        indicator.setName(name);
        indicator.setValueType(ValueType.PERCENTAGE);
        indicator.setComputedFrom(computation);
        indicator.setFrequency(frequency);
        indicator.setComputedActivityId(activityId);
        return indicator;
    }

    private static Occurrence figures(String date, int participants, String hours) {
        Occurrence occurrence = new Occurrence();
        occurrence.setDate(LocalDate.parse(date));
        occurrence.setParticipants(participants);
        occurrence.setVolunteers(3);
        occurrence.setVolunteerHours(new BigDecimal(hours));
        return occurrence;
    }
}
