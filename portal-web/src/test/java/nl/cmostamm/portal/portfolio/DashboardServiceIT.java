package nl.cmostamm.portal.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.maintenance.JobRun;
import nl.cmostamm.portal.maintenance.JobRuns;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import nl.cmostamm.portal.testing.TestRows;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in Payara Micro against the real PostgreSQL: every alert appears when its condition
 * holds and clears when it no longer does; a municipality's roll-up withholds totals under five;
 * saved filters are the account's own; no account sees or refreshes another portfolio's
 * initiative; and the morning's run works every initiative out in no one's name.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardServiceIT {

    @EJB
    DashboardService dashboard;

    @EJB
    PortfolioSignals signals;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    TestRows rows;

    @EJB
    MorningAlerts alerts;

    @EJB
    JobRuns runs;

    @Resource
    ManagedExecutorService timers;

    @Test
    void everyAlertAppearsWhenItsConditionHoldsAndClearsWhenItNoLongerDoes() throws Exception {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long id = scope.initiativeId();
        LocalDate today = LocalDate.now(PortfolioSignals.ZONE);

        assertEquals(List.of(), alertsAfterRefresh(scope), "a new initiative needs no attention");

        // a volunteer with twelve hours this week, over the default limit of eight
        long category = sql(
                scope, "insert into help_category (initiative_id, name) values (?1, 'Boodschappen') returning id", id);
        long volunteer = sql(
                scope, "insert into volunteer (initiative_id, name) values (?1, 'Gerda Hulpvaardig') returning id", id);
        long request = sql(
                scope,
                "insert into help_request (initiative_id, requested_on, help_category_id, requester, status)"
                        + " values (?1, current_date, ?2, 'mw. A.', 'DONE') returning id",
                id,
                category);
        sql(
                scope,
                "insert into help_assignment (initiative_id, help_request_id, volunteer_id, hours) values (?1, ?2, ?3, 12)",
                id,
                request,
                volunteer);
        // a wave closing in three days, and one that closed five days ago without a response
        long survey =
                sql(scope, "insert into survey (initiative_id, name) values (?1, 'Tevredenheid') returning id", id);
        long closing = sql(
                scope,
                "insert into survey_wave (initiative_id, survey_id, name, kind, opens_on, closes_on, token)"
                        + " values (?1, ?2, 'Najaar', 'PERIODIC', current_date - 10, current_date + 3, ?3) returning id",
                id,
                survey,
                UUID.randomUUID().toString());
        long empty = sql(
                scope,
                "insert into survey_wave (initiative_id, survey_id, name, kind, opens_on, closes_on, token)"
                        + " values (?1, ?2, 'Zomer', 'PERIODIC', current_date - 40, current_date - 5, ?3) returning id",
                id,
                survey,
                UUID.randomUUID().toString());
        // a goal whose only indicator was last measured four months ago, far below its target
        long goal =
                sql(scope, "insert into goal (initiative_id, title) values (?1, 'Minder eenzaam') returning id", id);
        long indicator = sql(
                scope,
                "insert into indicator (initiative_id, goal_id, name, kind, value_type, baseline, target)"
                        + " values (?1, ?2, 'Bezoekers inloop', 'OUTPUT', 'COUNT', 10, 20) returning id",
                id,
                goal);
        LocalDate fourMonthsAgo = today.minusMonths(4).withDayOfMonth(1);
        sql(
                scope,
                "insert into measurement (initiative_id, indicator_id, period_start, period_end, value)"
                        + " values (?1, ?2, ?3, ?4, 11)",
                id,
                indicator,
                fourMonthsAgo,
                fourMonthsAgo.plusMonths(1).minusDays(1));
        // a ToC last worked on more than a year ago
        sql(
                scope,
                "insert into toc_element (initiative_id, level, title) values (?1, 'OUTCOME', 'Mensen ontmoeten elkaar')",
                id);
        sql(
                scope,
                "insert into toc_plan (initiative_id, step, updated_at) values (?1, 3, now() - interval '400 days')",
                id);
        // a board member invited eight days ago who never set a password
        Account invited =
                accounts.create(new Account(InContainer.uniqueEmail("uitgenodigd"), "Henk Uitgenodigd"), null);
        sql(
                scope,
                "insert into board_membership (initiative_id, account_id, role) values (?1, ?2, 'BOARD_MEMBER')",
                id,
                invited.getId());
        sql(
                scope,
                "insert into auth_token (account_id, purpose, token_hash, expires_at, created_at)"
                        + " values (?1, 'INVITATION', ?2, now() + interval '6 days', now() - interval '8 days')",
                invited.getId(),
                UUID.randomUUID().toString().replace("-", ""));

        List<Alert> alerts = alertsAfterRefresh(scope);
        assertAlert(alerts, AlertKind.VOLUNTEER_LOAD, "Gerda Hulpvaardig");
        assertAlert(alerts, AlertKind.WAVE_CLOSING, "Tevredenheid – Najaar");
        assertAlert(alerts, AlertKind.WAVE_EMPTY, "Tevredenheid – Zomer");
        assertAlert(alerts, AlertKind.INDICATOR_STALE, "Bezoekers inloop");
        assertAlert(alerts, AlertKind.GOAL_OFF_TRACK, "Minder eenzaam");
        assertAlert(alerts, AlertKind.TOC_UNREVIEWED, "");
        assertAlert(alerts, AlertKind.INVITATION_OPEN, "Henk Uitgenodigd");
        assertEquals(7, alerts.size(), alerts.toString());
        assertEquals(
                1,
                count(
                        scope,
                        new DashboardFilter(
                                null, null, null, null, null, null, null, null, AlertKind.WAVE_EMPTY, false),
                        id));

        // each condition resolved
        sql(scope, "update help_assignment set hours = 2 where help_request_id = ?1", request);
        sql(scope, "update survey_wave set closes_on = current_date + 20 where id = ?1", closing);
        sql(
                scope,
                "insert into survey_response (initiative_id, wave_id, submission_key, submitted_on, language)"
                        + " values (?1, ?2, ?3, current_date - 6, 'nl')",
                id,
                empty,
                UUID.randomUUID().toString());
        LocalDate thisMonth = today.withDayOfMonth(1);
        sql(
                scope,
                "insert into measurement (initiative_id, indicator_id, period_start, period_end, value)"
                        + " values (?1, ?2, ?3, ?4, 21)",
                id,
                indicator,
                thisMonth,
                thisMonth.plusMonths(1).minusDays(1));
        sql(scope, "update toc_plan set updated_at = now() where initiative_id = ?1", id);
        sql(scope, "update account set password_hash = 'x' where id = ?1", invited.getId());

        assertEquals(List.of(), alertsAfterRefresh(scope), "every alert cleared");
        assertEquals(
                0, count(scope, new DashboardFilter(null, null, null, null, null, null, null, null, null, true), id));
    }

    @Test
    void aConsentWithdrawnSinceTheLastVisitIsNewsUntilTheNextVisit() throws Exception {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long id = scope.initiativeId();
        long story = sql(
                scope,
                "insert into story (initiative_id, title, body, told_on, teller_role)"
                        + " values (?1, 'Oma Jans', 'Het verhaal', current_date, 'CARER') returning id",
                id);
        sql(
                scope,
                "insert into story_consent (initiative_id, story_id, given_by, internal_learning, reports, given_on)"
                        + " values (?1, ?2, 'PERSON', true, true, current_date)",
                id,
                story);
        Tenancy.with(scope, () -> {
            dashboard.visited();
            return null;
        });
        assertEquals(List.of(), alertsAfterRefresh(scope));
        assertEquals(1, signal(scope).figures().storiesWithConsent());

        sql(
                scope,
                "update story_consent set withdrawn_on = current_date, withdrawn_at = now() where story_id = ?1",
                story);
        List<Alert> alerts = alertsAfterRefresh(scope);
        assertAlert(alerts, AlertKind.CONSENT_WITHDRAWN, "");
        assertEquals(0, signal(scope).figures().storiesWithConsent(), "a withdrawn consent counts no longer");

        Tenancy.with(scope, () -> {
            dashboard.visited();
            return null;
        });
        assertEquals(List.of(), alertsAfterRefresh(scope), "seen on the visit");
    }

    @Test
    void aMunicipalityRollUpWithholdsTotalsUnderFive() throws Exception {
        String municipality = "Rolldorp " + UUID.randomUUID().toString().substring(0, 8);
        Tenancy.Scope first = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long admin = first.accountId();
        Tenancy.Scope second = new Tenancy.Scope(admin, newInitiative(admin));
        for (Tenancy.Scope scope : List.of(first, second)) {
            inMunicipality(scope, municipality);
        }
        RollUp two = Tenancy.with(new Tenancy.Scope(admin, null), () -> dashboard.rollUp(municipality));
        assertTrue(two.initiatives().isWithheld(), "two initiatives is under five");
        assertTrue(
                two.volunteers().isWithheld(),
                "six volunteers, but of two initiatives: each total would give one away");
        assertTrue(two.volunteerHours().isWithheld());
        assertTrue(two.participants().isWithheld());
        assertEquals(0, two.notRefreshed());

        for (int i = 0; i < 3; i++) {
            inMunicipality(new Tenancy.Scope(admin, newInitiative(admin)), municipality);
        }
        RollUp five = Tenancy.with(new Tenancy.Scope(admin, null), () -> dashboard.rollUp(municipality));
        assertEquals(
                new BigDecimal(5),
                five.initiatives().value().stripTrailingZeros().setScale(0));
        assertEquals(
                new BigDecimal(15),
                five.volunteers().value().stripTrailingZeros().setScale(0));
        assertTrue(five.volunteerHours().isWithheld(), "no hours at all is under five");
        assertTrue(five.participants().isWithheld());

        assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(new Tenancy.Scope(admin, null), () -> dashboard.rollUp("Nergenshuizen")));
        // a board member has no roll-up at all
        Account member = accounts.create(new Account(InContainer.uniqueEmail("lid"), "Lid"), "x");
        sql(
                first,
                "insert into board_membership (initiative_id, account_id, role) values (?1, ?2, 'BOARD_ADMIN')",
                first.initiativeId(),
                member.getId());
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(new Tenancy.Scope(member.getId(), null), () -> dashboard.rollUp(municipality)));
    }

    @Test
    void nobodySeesOrRefreshesAnotherPortfoliosInitiative() throws Exception {
        Tenancy.Scope ours = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope theirs = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        refresh(ours);
        refresh(theirs);
        Account advisor = new Account(InContainer.uniqueEmail("adviseur"), "Adviseur");
        advisor.setAdvisor(true);
        long advisorId = accounts.create(advisor, "x").getId();
        sql(
                ours,
                "insert into advisor_assignment (initiative_id, account_id) values (?1, ?2)",
                ours.initiativeId(),
                advisorId);
        Tenancy.Scope mine = new Tenancy.Scope(advisorId, null);

        List<Signal> page =
                Tenancy.with(mine, () -> dashboard.page(DashboardFilter.NONE, DashboardSort.NAME, true, 0, 100));
        assertEquals(
                List.of(ours.initiativeId()),
                page.stream().map(Signal::initiativeId).toList());
        DashboardService.Summary summary =
                Tenancy.with(mine, () -> dashboard.summary(DashboardFilter.NONE, java.time.Instant.now()));
        assertEquals(1, summary.total());
        assertEquals(1, summary.stale(), "refreshed before now");
        assertFalse(Tenancy.with(mine, () -> dashboard.stale(DashboardFilter.NONE, java.time.Instant.now(), 100))
                .contains(theirs.initiativeId()));
        assertThrows(
                Exception.class,
                () -> Tenancy.with(mine.withInitiative(theirs.initiativeId()), () -> {
                    signals.refresh();
                    return null;
                }),
                "refreshing another portfolio's initiative is refused");

        // saved filters are the account's own
        SavedFilter saved = Tenancy.with(
                mine,
                () -> dashboard.saveFilter(
                        "Met signalen",
                        new DashboardFilter(null, null, null, null, null, null, null, null, null, true)));
        assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(mine, () -> dashboard.saveFilter("met SIGNALEN", DashboardFilter.NONE)));
        assertTrue(Tenancy.with(mine, () -> dashboard.savedFilters()).stream()
                .anyMatch(f -> f.getId().equals(saved.getId())));
        assertTrue(Tenancy.with(new Tenancy.Scope(ours.accountId(), null), () -> dashboard.savedFilters())
                .isEmpty());
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(new Tenancy.Scope(ours.accountId(), null), () -> {
                    dashboard.deleteFilter(saved.getId(), saved.getVersion());
                    return null;
                }));
        assertTrue(Tenancy.with(mine, () -> dashboard.savedFilters())
                .get(0)
                .getFilter()
                .withAlert());
    }

    /** Moves the initiative to {@code municipality}, gives it three volunteers and refreshes its figures. */
    private void inMunicipality(Tenancy.Scope scope, String municipality) throws Exception {
        sql(scope, "update initiative set municipality = ?1 where id = ?2", municipality, scope.initiativeId());
        for (int i = 0; i < 3; i++) {
            sql(
                    scope,
                    "insert into volunteer (initiative_id, name) values (?1, ?2)",
                    scope.initiativeId(),
                    "Vrijwilliger " + i);
        }
        refresh(scope);
    }

    @Test
    void theMorningRunWorksOutEveryActiveInitiativeInNoOnesNameAndAnAlertFoundAgainKeepsWhenItWasFirstSeen()
            throws Exception {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long id = scope.initiativeId();
        long goal =
                sql(scope, "insert into goal (initiative_id, title) values (?1, 'Meer ontmoeting') returning id", id);
        sql(
                scope,
                "insert into indicator (initiative_id, goal_id, name, kind, value_type, target)"
                        + " values (?1, ?2, 'Bezoekers soos', 'OUTPUT', 'COUNT', 20) returning id",
                id,
                goal);
        refresh(scope);
        String firstSeen = "select (extract(epoch from first_seen_at) * 1000000)::bigint from initiative_alert"
                + " where initiative_id = ?1 and kind = 'INDICATOR_STALE'";
        long seen = sql(scope, firstSeen, id);
        // the figures made old, so that the run's own refresh shows
        sql(
                scope,
                "update initiative_signal set refreshed_at = now() - interval '2 days' where initiative_id = ?1",
                id);

        // a scheduled scope on its own opens nothing: only the system's own run can use it
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(Tenancy.Scope.scheduled(id), () -> {
                    signals.refresh();
                    return null;
                }));

        // a container thread outside any request, like a node's timer
        assertTrue(
                timers.submit(() -> alerts.runForDay(InContainer.unusedRunDay()))
                        .get(),
                "the day's run");
        assertEquals(
                1,
                sql(
                        scope,
                        "select count(*) from initiative_signal where initiative_id = ?1"
                                + " and refreshed_at > now() - interval '1 hour'",
                        id),
                "worked out by the run, in no one's name");
        assertEquals(seen, sql(scope, firstSeen, id), "the same alert, found again, keeps when it was first seen");
        JobRun run = Tenancy.with(scope, () -> runs.page(0, 10)).stream()
                .filter(r -> r.getJob().equals(MorningAlerts.JOB))
                .findFirst()
                .orElseThrow();
        assertEquals(JobRun.Outcome.DONE, run.getOutcome(), run.getError());
        assertEquals(0, run.getCounts().get("failedInitiatives"), "every active initiative worked out");
        assertTrue(run.getCounts().get("initiatives") >= 1, run.getCounts().toString());
        assertEquals(1, run.getCounts().get("noMailServer"), "this server has no mail server: said, not hidden");
    }

    private long newInitiative(long admin) throws Exception {
        var form = new nl.cmostamm.portal.initiative.InitiativeForm();
        String slug = "roll-" + UUID.randomUUID().toString().substring(0, 8);
        form.setSlug(slug);
        form.setName("Initiatief " + slug);
        form.setMunicipality("Tynaarlo");
        return Tenancy.with(new Tenancy.Scope(admin, null), () -> initiatives.create(form))
                .getId();
    }

    private long sql(Tenancy.Scope scope, String sql, Object... parameters) throws Exception {
        return Tenancy.with(scope, () -> rows.run(sql, parameters));
    }

    private void refresh(Tenancy.Scope scope) throws Exception {
        Tenancy.with(scope, () -> {
            signals.refresh();
            return null;
        });
    }

    /**
     * The initiative's own row, found by its unique short name: an admin's dashboard holds every
     * initiative of the test database, more than a page.
     */
    private Signal signal(Tenancy.Scope scope) throws Exception {
        DashboardFilter only = narrowed(scope, DashboardFilter.NONE);
        Supplier<List<Signal>> page = () -> dashboard.page(only, DashboardSort.NAME, true, 0, 100);
        return Tenancy.with(new Tenancy.Scope(scope.accountId(), null), page).stream()
                .filter(s -> s.initiativeId() == scope.initiativeId())
                .findFirst()
                .orElseThrow();
    }

    private List<Alert> alertsAfterRefresh(Tenancy.Scope scope) throws Exception {
        refresh(scope);
        Signal signal = signal(scope);
        assertTrue(signal.isRefreshed());
        assertNull(signal.sroi(), "no final SROI analysis");
        return signal.alerts();
    }

    /** {@code filter} narrowed to the initiative of {@code scope} by its unique short name. */
    private DashboardFilter narrowed(Tenancy.Scope scope, DashboardFilter filter) {
        String slug = Tenancy.with(scope, () -> initiatives.current().getSlug());
        return new DashboardFilter(
                slug,
                filter.municipality(),
                filter.province(),
                filter.status(),
                filter.theme(),
                filter.level(),
                filter.phase(),
                filter.method(),
                filter.alert(),
                filter.withAlert());
    }

    private long count(Tenancy.Scope scope, DashboardFilter filter, long id) throws Exception {
        DashboardFilter only = narrowed(scope, filter);
        return Tenancy.with(
                        new Tenancy.Scope(scope.accountId(), null),
                        () -> dashboard.page(only, DashboardSort.NAME, true, 0, 100))
                .stream()
                .filter(s -> s.initiativeId() == id)
                .count();
    }

    private static void assertAlert(List<Alert> alerts, AlertKind kind, String subject) {
        assertTrue(
                alerts.stream().anyMatch(a -> a.kind() == kind && a.subject().equals(subject)),
                kind + " " + subject + " in " + alerts);
    }
}
