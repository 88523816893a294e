package nl.cmostamm.portal.method.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.activity.ActivityForm;
import nl.cmostamm.portal.activity.ActivityService;
import nl.cmostamm.portal.activity.Occurrence;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.datacollection.GridRow;
import nl.cmostamm.portal.datacollection.MeasurementService;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.security.MembersService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.stakeholder.Involvement;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.stakeholder.StakeholderGroupForm;
import nl.cmostamm.portal.stakeholder.StakeholderService;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SROI analyses in Payara Micro against the real PostgreSQL: a small map gives the figures worked
 * out by hand, volunteer hours are taken from the activities register for the period only, a
 * board member hands an analysis in but only an advisor makes it final, a final analysis is refused
 * by the service (the database trigger is in RowLevelSecurityIT), copies keep everything and an evaluation remembers the
 * forecast it measures, two people saving one outcome conflict, bad input changes nothing, every
 * changed assumption is in the history, and another initiative's analysis is not found.
 */
@ExtendWith(ArquillianExtension.class)
class SroiServiceIT {

    @EJB
    SroiService sroi;

    @EJB
    StakeholderService stakeholders;

    @EJB
    ActivityService activities;

    @EJB
    MembersService members;

    @EJB
    GoalService goals;

    @EJB
    MeasurementService measurements;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    /**
     * Inputs: € 10.000 money + 100 h × € 15 = € 1.500 → € 11.500. Outcome: 20 × € 1.000 = € 20.000 ×
     * (1 − 0,25) × (1 − 0) × (1 − 0,20) = € 12.000 impact in year 1; drop-off 50 %: € 6.000 in year 2.
     * At r = 0: PV = € 18.000, NPV = € 6.500, ratio = 18.000 / 11.500 = 1,565217… → 1,5652, payback =
     * 11.500 / (12.000 / 12) = 11,50 months.
     */
    @Test
    void aSmallMapGivesTheFiguresWorkedOutByHand() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SroiAnalysis analysis = analysis(scope, "0", group(scope, "Bezoekers"), group(scope, "Vrijwilligers"));
        long visitors = stakeholder(scope, analysis, "Bezoekers");
        long volunteers = stakeholder(scope, analysis, "Vrijwilligers");
        Tenancy.with(
                scope, () -> sroi.saveInput(analysis.getId(), version(scope, analysis), money(volunteers, "10000")));
        Tenancy.with(scope, () -> sroi.saveInput(analysis.getId(), version(scope, analysis), typedHours(volunteers)));
        Tenancy.with(
                scope, () -> sroi.saveOutcome(analysis.getId(), version(scope, analysis), outcome(visitors, "25")));

        Result result = Tenancy.with(scope, () -> sroi.map(analysis.getId())).result();

        assertEquals(new BigDecimal("11500.00"), result.totalInputs());
        assertEquals(new BigDecimal("18000.00"), result.presentValue());
        assertEquals(new BigDecimal("6500.00"), result.netPresentValue());
        assertEquals(new BigDecimal("1.5652"), result.ratio());
        assertEquals(new BigDecimal("11.50"), result.paybackMonths());
        assertEquals(2, result.years().size());
        assertNotNull(Tenancy.with(scope, () -> sroi.map(analysis.getId())).sensitivity());
    }

    @Test
    void volunteerHoursAreTakenFromTheActivitiesRegisterForThePeriodOnly() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Activity dinner = Tenancy.with(scope, () -> {
            ActivityForm form = new ActivityForm();
            form.setName("Dorpsdiner");
            return activities.save(form);
        });
        register(scope, dinner, LocalDate.of(2025, 3, 1), "12.5");
        register(scope, dinner, LocalDate.of(2025, 11, 30), "7.5");
        register(scope, dinner, LocalDate.of(2026, 1, 5), "40");
        SroiAnalysis analysis = analysis(scope, "2.25", group(scope, "Vrijwilligers"));
        long volunteers = stakeholder(scope, analysis, "Vrijwilligers");

        InputForm form = new InputForm();
        form.setStakeholderId(volunteers);
        form.setKind(InputKind.VOLUNTEER_TIME);
        form.setDescription("Uren bij het dorpsdiner");
        form.setHoursFrom(HoursSource.ACTIVITIES);
        form.setHours(new BigDecimal("999")); // whatever the page sent: the register decides
        form.setHourlyValue(new BigDecimal("15"));
        form.setValueSource("Waarde vrijwilligersuur");
        SroiInput input = Tenancy.with(scope, () -> sroi.saveInput(analysis.getId(), version(scope, analysis), form));

        assertEquals(0, new BigDecimal("20").compareTo(input.getHours()), "12,5 + 7,5 hours in 2025; 2026 not");
        assertEquals(HoursSource.ACTIVITIES, input.getHoursFrom());
        assertNotNull(input.getHoursTakenAt());
        assertEquals(
                0,
                new BigDecimal("20")
                        .compareTo(Tenancy.with(
                                scope, () -> sroi.volunteerHours(analysis.getId(), HoursSource.ACTIVITIES))));
    }

    /** 25 in March and 30 in November 2025 count, 99 in January 2026 does not: 55 from 2, the latest 30. */
    @Test
    void anIndicatorsMeasurementsInThePeriodAreTheOutputAndCanBeAnOutcomesQuantity() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goal = Tenancy.with(scope, () -> {
            GoalForm form = new GoalForm();
            form.setTitle("Erbij horen");
            return goals.save(form);
        });
        Indicator guests = Tenancy.with(scope, () -> {
            IndicatorForm form = new IndicatorForm();
            form.setName("Gasten dorpsdiner");
            form.setTarget(BigDecimal.valueOf(40));
            return goals.saveIndicator(goal.getId(), form);
        });
        measure(scope, guests, LocalDate.of(2025, 3, 12), "25");
        measure(scope, guests, LocalDate.of(2025, 11, 12), "30");
        measure(scope, guests, LocalDate.of(2026, 1, 12), "99");
        AnalysisForm form = new AnalysisForm();
        form.setTitle("Analyse");
        form.setPeriodStart(LocalDate.of(2025, 1, 1));
        form.setPeriodEnd(LocalDate.of(2025, 12, 31));
        form.getOutputIndicatorIds().add(guests.getId());
        SroiAnalysis analysis = Tenancy.with(scope, () -> sroi.saveAnalysis(form));

        ImpactMap.OutputFigure output =
                Tenancy.with(scope, () -> sroi.map(analysis.getId())).outputs().get(0);
        ImpactMap.OutputFigure forOutcome =
                Tenancy.with(scope, () -> sroi.indicatorInPeriod(analysis.getId(), guests.getId()));

        for (ImpactMap.OutputFigure figure : List.of(output, forOutcome)) {
            assertEquals(0, new BigDecimal("55").compareTo(figure.total()));
            assertEquals(0, new BigDecimal("30").compareTo(figure.latest()));
            assertEquals(2, figure.measurements());
        }
    }

    private void measure(Tenancy.Scope scope, Indicator indicator, LocalDate day, String value) {
        List<GridRow> grid = Tenancy.with(scope, () -> measurements.grid(day));
        grid.stream()
                .filter(r -> r.getIndicatorId() == indicator.getId())
                .findFirst()
                .orElseThrow()
                .setValue(new BigDecimal(value));
        Tenancy.with(scope, () -> measurements.recordPeriod(grid));
    }

    @Test
    void aBoardMemberHandsItInButOnlyAnAdvisorMakesItFinalAfterWhichNothingChanges() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        String email = InContainer.uniqueEmail("lid");
        Tenancy.with(admin, () -> members.invite(email, "Lid", BoardRole.BOARD_MEMBER));
        Tenancy.Scope member = new Tenancy.Scope(accounts.idOf(email), admin.initiativeId());
        SroiAnalysis analysis = analysis(admin, "2.25", group(admin, "Bezoekers"));
        long visitors = stakeholder(admin, analysis, "Bezoekers");
        Tenancy.with(member, () -> sroi.saveInput(analysis.getId(), version(admin, analysis), money(visitors, "500")));
        SroiOutcome outcome = Tenancy.with(
                member, () -> sroi.saveOutcome(analysis.getId(), version(admin, analysis), outcome(visitors, "10")));

        Tenancy.with(member, () -> sroi.submitForReview(analysis.getId(), version(admin, analysis)));
        OutcomeForm late = Tenancy.with(member, () -> sroi.outcomeForm(analysis.getId(), outcome.getId()));
        late.setDeadweightPercent(new BigDecimal("30"));
        assertEquals(
                "sroi.analysis.inReview",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        member,
                                        () -> sroi.saveOutcome(analysis.getId(), version(admin, analysis), late)))
                        .getMessageKey(),
                "handed in: the board's turn is over");
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(member, () -> sroi.finalise(analysis.getId(), version(admin, analysis))));
        SroiAnalysis finalised = Tenancy.with(admin, () -> sroi.finalise(analysis.getId(), version(admin, analysis)));
        assertEquals(AnalysisStatus.FINAL, finalised.getStatus());
        assertNotNull(finalised.getFinalisedAt());

        OutcomeForm change = Tenancy.with(admin, () -> sroi.outcomeForm(analysis.getId(), outcome.getId()));
        change.setDeadweightPercent(new BigDecimal("50"));
        assertEquals(
                "sroi.analysis.final",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        admin,
                                        () -> sroi.saveOutcome(analysis.getId(), version(admin, analysis), change)))
                        .getMessageKey());
        assertEquals(
                0,
                new BigDecimal("20")
                        .compareTo(Tenancy.with(admin, () -> sroi.map(analysis.getId()))
                                .outcomes()
                                .get(0)
                                .getQuantity()));
    }

    @Test
    void anEvaluationCopiedFromAForecastKeepsEverythingAndRemembersWhatItMeasures() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SroiAnalysis forecast = analysis(scope, "2.25", group(scope, "Bezoekers"));
        long visitors = stakeholder(scope, forecast, "Bezoekers");
        Tenancy.with(scope, () -> sroi.saveInput(forecast.getId(), version(scope, forecast), money(visitors, "500")));
        SroiOutcome planned = Tenancy.with(
                scope, () -> sroi.saveOutcome(forecast.getId(), version(scope, forecast), outcome(visitors, "10")));
        Tenancy.with(scope, () -> {
            sroi.addStandardScenarios(
                    forecast.getId(), version(scope, forecast), "Voorzichtig", "Verwacht", "Optimistisch");
            return null;
        });

        SroiAnalysis evaluation =
                Tenancy.with(scope, () -> sroi.copy(forecast.getId(), AnalysisKind.EVALUATIVE, "Evaluatie"));
        ImpactMap copy = Tenancy.with(scope, () -> sroi.map(evaluation.getId()));

        assertEquals(AnalysisStatus.DRAFT, copy.analysis().getStatus());
        assertEquals(forecast.getId(), copy.analysis().getBasedOn().getId());
        assertEquals(1, copy.inputs().size());
        assertEquals(3, copy.scenarios().size());
        assertEquals(
                planned.getId(), copy.outcomes().get(0).getForecastOutcome().getId());
        assertEquals(
                Tenancy.with(scope, () -> sroi.map(forecast.getId())).result().ratio(),
                copy.result().ratio(),
                "the copy is worth what the original is");
    }

    @Test
    void twoPeopleSavingOneOutcomeConflictAndBadInputChangesNothing() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SroiAnalysis analysis = analysis(scope, "2.25", group(scope, "Bezoekers"));
        long visitors = stakeholder(scope, analysis, "Bezoekers");
        SroiOutcome outcome = Tenancy.with(
                scope, () -> sroi.saveOutcome(analysis.getId(), version(scope, analysis), outcome(visitors, "10")));
        long pageVersion = version(scope, analysis);
        OutcomeForm first = Tenancy.with(scope, () -> sroi.outcomeForm(analysis.getId(), outcome.getId()));
        OutcomeForm second = Tenancy.with(scope, () -> sroi.outcomeForm(analysis.getId(), outcome.getId()));
        first.setDeadweightPercent(new BigDecimal("30"));
        Tenancy.with(scope, () -> sroi.saveOutcome(analysis.getId(), pageVersion, first));
        second.setDeadweightPercent(new BigDecimal("40"));
        assertThrows(
                ConcurrentEditException.class,
                () -> Tenancy.with(scope, () -> sroi.saveOutcome(analysis.getId(), pageVersion, second)));

        for (String refused : List.of("101", "-1", "12.345")) {
            OutcomeForm bad = Tenancy.with(scope, () -> sroi.outcomeForm(analysis.getId(), outcome.getId()));
            bad.setAttributionPercent(new BigDecimal(refused));
            assertThrows(
                    ValidationFailure.class,
                    () -> Tenancy.with(scope, () -> sroi.saveOutcome(analysis.getId(), version(scope, analysis), bad)),
                    refused + " % is refused");
        }
        OutcomeForm noSource = Tenancy.with(scope, () -> sroi.outcomeForm(analysis.getId(), outcome.getId()));
        noSource.setProxySource(" ");
        assertEquals(
                "proxySource",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        scope,
                                        () -> sroi.saveOutcome(analysis.getId(), version(scope, analysis), noSource)))
                        .getField());
        SroiOutcome stored =
                Tenancy.with(scope, () -> sroi.map(analysis.getId())).outcomes().get(0);
        assertEquals(0, new BigDecimal("0.30").compareTo(stored.getDeadweight()), "the first save stands");
        assertEquals(0, new BigDecimal("0.20").compareTo(stored.getAttribution()), "nothing else changed");
        assertEquals("Bron: Movisie", stored.getProxySource());
    }

    @Test
    void everyChangedAssumptionIsInTheHistoryWithItsOldAndNewValue() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SroiAnalysis analysis = analysis(scope, "2.25", group(scope, "Bezoekers"));
        long visitors = stakeholder(scope, analysis, "Bezoekers");
        SroiOutcome outcome = Tenancy.with(
                scope, () -> sroi.saveOutcome(analysis.getId(), version(scope, analysis), outcome(visitors, "10")));
        OutcomeForm change = Tenancy.with(scope, () -> sroi.outcomeForm(analysis.getId(), outcome.getId()));
        change.setDeadweightPercent(new BigDecimal("35"));
        Tenancy.with(scope, () -> sroi.saveOutcome(analysis.getId(), version(scope, analysis), change));

        List<AuditEntry> history = Tenancy.with(scope, () -> sroi.history(analysis.getId(), 10));
        assertTrue(
                history.stream()
                        .anyMatch(e -> e.getSummary().contains("uitkomst Minder eenzaam: deadweight 10 % → 35 %")),
                history.stream().map(AuditEntry::getSummary).toList().toString());
    }

    @Test
    void anotherInitiativesAnalysisIsNotFoundByAnyId() {
        Tenancy.Scope mine = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope theirs = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SroiAnalysis analysis = analysis(theirs, "2.25", group(theirs, "Bezoekers"));
        long visitors = stakeholder(theirs, analysis, "Bezoekers");
        SroiOutcome outcome = Tenancy.with(
                theirs, () -> sroi.saveOutcome(analysis.getId(), version(theirs, analysis), outcome(visitors, "10")));

        assertThrows(NotFoundException.class, () -> Tenancy.with(mine, () -> sroi.map(analysis.getId())));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(mine, () -> sroi.outcomeForm(analysis.getId(), outcome.getId())));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(mine, () -> sroi.copy(analysis.getId(), AnalysisKind.FORECAST, "Gestolen")));
        assertTrue(Tenancy.with(mine, () -> sroi.analyses()).isEmpty());
        SroiAnalysis own = analysis(mine, "2.25", group(mine, "Bezoekers"));
        OutcomeForm intoTheirs = outcome(visitors, "10");
        assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(mine, () -> sroi.saveOutcome(own.getId(), version(mine, own), intoTheirs)),
                "their stakeholder is not one of this analysis'");
        ImpactMap only = Tenancy.with(mine, () -> sroi.maps()).get(0);
        assertEquals(own.getId(), only.analysis().getId());
        assertTrue(only.outcomes().isEmpty() && only.inputs().isEmpty(), "nothing of theirs came along");
    }

    // ------------------------------------------------------------------ fixtures

    private long group(Tenancy.Scope scope, String name) {
        StakeholderGroupForm form = new StakeholderGroupForm();
        form.setName(name);
        form.setInvolvement(Involvement.CONSULT);
        StakeholderGroup group = Tenancy.with(scope, () -> stakeholders.save(form));
        return group.getId();
    }

    private SroiAnalysis analysis(Tenancy.Scope scope, String ratePercent, long... groupIds) {
        AnalysisForm form = new AnalysisForm();
        form.setTitle("Analyse");
        form.setKind(AnalysisKind.FORECAST);
        form.setPeriodStart(LocalDate.of(2025, 1, 1));
        form.setPeriodEnd(LocalDate.of(2025, 12, 31));
        form.setDiscountRatePercent(new BigDecimal(ratePercent));
        for (long id : groupIds) {
            form.getStakeholderGroupIds().add(id);
        }
        return Tenancy.with(scope, () -> sroi.saveAnalysis(form));
    }

    private long stakeholder(Tenancy.Scope scope, SroiAnalysis analysis, String name) {
        return Tenancy.with(scope, () -> sroi.map(analysis.getId())).stakeholders().stream()
                .filter(s -> s.getGroup().getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private long version(Tenancy.Scope scope, SroiAnalysis analysis) {
        return Tenancy.with(scope, () -> sroi.analysis(analysis.getId())).getVersion();
    }

    private static InputForm money(long stakeholderId, String amount) {
        InputForm form = new InputForm();
        form.setStakeholderId(stakeholderId);
        form.setKind(InputKind.MONEY);
        form.setDescription("Subsidie");
        form.setAmount(new BigDecimal(amount));
        return form;
    }

    private static InputForm typedHours(long stakeholderId) {
        InputForm form = new InputForm();
        form.setStakeholderId(stakeholderId);
        form.setKind(InputKind.VOLUNTEER_TIME);
        form.setDescription("Uren");
        form.setHoursFrom(HoursSource.TYPED);
        form.setHours(new BigDecimal("100"));
        form.setHourlyValue(new BigDecimal("15"));
        form.setValueSource("Waarde vrijwilligersuur");
        return form;
    }

    private static OutcomeForm outcome(long stakeholderId, String deadweightPercent) {
        OutcomeForm form = new OutcomeForm();
        form.setStakeholderId(stakeholderId);
        form.setDescription("Minder eenzaam");
        form.setEvidence(OutcomeEvidence.ESTIMATE);
        form.setEstimateSource("Gesprekken met bezoekers");
        form.setQuantity(new BigDecimal("20"));
        form.setDuration(2);
        form.setProxyDescription("Waarde van minder eenzaamheid");
        form.setProxyValue(new BigDecimal("1000"));
        form.setProxySource("Bron: Movisie");
        form.setProxyPriceYear(2024);
        form.setDeadweightPercent(new BigDecimal(deadweightPercent));
        form.setAttributionPercent(new BigDecimal("20"));
        form.setDropOffPercent(new BigDecimal("50"));
        return form;
    }

    private void register(Tenancy.Scope scope, Activity activity, LocalDate day, String hours) {
        Occurrence figures = new Occurrence();
        figures.setDate(day);
        figures.setParticipants(10);
        figures.setVolunteers(3);
        figures.setVolunteerHours(new BigDecimal(hours));
        Tenancy.with(scope, () -> activities.register(activity.getId(), figures));
    }
}
