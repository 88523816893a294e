package nl.cmostamm.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.report.insight.InsightReport;
import nl.cmostamm.portal.report.insight.InsightReport.GroupShare;
import nl.cmostamm.portal.report.insight.InsightReport.Section;
import nl.cmostamm.portal.report.insight.InsightReportService;
import nl.cmostamm.portal.report.insight.ReportPeriod;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import nl.cmostamm.portal.testing.TestRows;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The insight report in Payara Micro against the real PostgreSQL: efforts grouped under the effect
 * they serve with their outputs in the period and the one before, counted exactly; the spread over
 * target groups; goals and evidence under the effect of their goal; an unlinked activity in a
 * section of its own; another initiative's efforts never counted; a file export audited.
 */
@ExtendWith(ArquillianExtension.class)
class InsightReportServiceIT {

    private static final ReportPeriod H2 = ReportPeriod.halfYearOf(LocalDate.of(2026, 10, 1));

    @EJB
    InsightReportService reports;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    TestRows rows;

    @Test
    void effortsAreCountedPerEffectPeriodAndTargetGroup() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long id = scope.initiativeId();
        long effect = sql(
                scope,
                "insert into societal_effect (initiative_id, name, description, position)"
                        + " values (?1, 'Leefbaarheid & socialiseren', 'Buren kijken naar elkaar om', 0) returning id",
                id);
        long elderly = sql(scope, "select id from target_group where name = 'Ouderen'");
        long newcomers = sql(scope, "select id from target_group where name = 'Nieuwkomers'");
        long room = sql(
                scope,
                "insert into activity (initiative_id, name, societal_effect_id) values (?1, 'Buurtkamer', ?2) returning id",
                id,
                effect);
        sql(
                scope,
                "insert into activity_target_group (activity_id, target_group_id) values (?1, ?2), (?1, ?3)",
                room,
                elderly,
                newcomers);
        long choir = sql(scope, "insert into activity (initiative_id, name) values (?1, 'Zangkoor') returning id", id);
        // two registrations in the second half of 2026 (one on its last day), one in the first half, one before
        occurrence(scope, room, LocalDate.of(2026, 7, 1), 20);
        occurrence(scope, room, LocalDate.of(2026, 12, 31), 15);
        occurrence(scope, room, LocalDate.of(2026, 6, 30), 11);
        occurrence(scope, room, LocalDate.of(2025, 12, 31), 99);
        occurrence(scope, choir, LocalDate.of(2026, 9, 9), 30);
        long category = sql(
                scope,
                "insert into help_category (initiative_id, name, societal_effect_id) values (?1, 'Vervoer naar de huisarts', ?2) returning id",
                id,
                effect);
        long volunteer =
                sql(scope, "insert into volunteer (initiative_id, name) values (?1, 'Gerda') returning id", id);
        help(scope, category, volunteer, LocalDate.of(2026, 8, 1), newcomers, 2);
        help(scope, category, volunteer, LocalDate.of(2026, 8, 2), newcomers, 3);
        help(scope, category, volunteer, LocalDate.of(2026, 8, 3), null, 1);
        help(scope, category, volunteer, LocalDate.of(2026, 2, 1), elderly, 4);
        long goal = sql(
                scope,
                "insert into goal (initiative_id, title, societal_effect_id) values (?1, 'Ontmoeting', ?2) returning id",
                id,
                effect);
        long indicator = sql(
                scope,
                "insert into indicator (initiative_id, goal_id, name, kind, value_type, baseline, target)"
                        + " values (?1, ?2, 'Bezoekers', 'OUTCOME', 'COUNT', 0, 100) returning id",
                id,
                goal);
        sql(
                scope,
                "insert into measurement (initiative_id, indicator_id, period_start, period_end, value)"
                        + " values (?1, ?2, date '2026-09-01', date '2026-09-30', 20)",
                id,
                indicator);

        InsightReport report = Tenancy.with(scope, () -> reports.report(H2));

        assertEquals(H2.previous(), report.previous());
        Section linked = report.sections().get(0);
        assertEquals("Leefbaarheid & socialiseren", linked.name());
        assertEquals("Buren kijken naar elkaar om", linked.aim());
        assertEquals(
                List.of("Buurtkamer", "Vervoer naar de huisarts"),
                linked.efforts().stream().map(InsightReport.Effort::name).toList());
        InsightReport.Effort buurtkamer = linked.efforts().get(0);
        assertEquals(2, buurtkamer.current().occurrences());
        assertEquals(35, buurtkamer.current().participants());
        assertEquals(1, buurtkamer.previous().occurrences());
        assertEquals(11, buurtkamer.previous().participants());
        assertEquals(List.of("Ouderen", "Nieuwkomers"), buurtkamer.targetGroups());
        InsightReport.Effort vervoer = linked.efforts().get(1);
        assertEquals(3, vervoer.current().helpRequests());
        assertEquals(0, new BigDecimal(6).compareTo(vervoer.current().volunteerHours()));
        assertEquals(1, vervoer.previous().helpRequests());
        assertEquals(List.of(new InsightReport.GoalLight("Ontmoeting", Light.RED)), linked.goals());
        assertEquals(
                List.of("Ontmoeting"),
                linked.evidence().stream().map(InsightReport.Evidence::title).toList());

        GroupShare elderlyShare = share(linked.spread(), "Ouderen");
        assertEquals(new GroupShare("Ouderen", 35, 11, 0, 1), elderlyShare);
        assertEquals(new GroupShare("Nieuwkomers", 35, 11, 2, 0), share(linked.spread(), "Nieuwkomers"));
        assertEquals(new GroupShare(null, 0, 0, 1, 0), share(linked.spread(), null), "a request naming no group");

        Section unlinked = report.sections().get(report.sections().size() - 1);
        assertTrue(unlinked.isUnlinked());
        assertEquals(
                List.of("Zangkoor"),
                unlinked.efforts().stream().map(InsightReport.Effort::name).toList());
        assertEquals(3, report.total().occurrences());
        assertEquals(65, report.total().participants());
        assertEquals(new GroupShare(null, 30, 0, 1, 0), share(report.spread(), null), "the choir names no group");

        Tenancy.with(scope, () -> {
            reports.exported(H2, "PDF");
            return null;
        });
        assertEquals(
                1,
                sql(
                        scope,
                        "select count(*) from audit_entry where subject_type = 'insightReport' and action = 'EXPORT'"));
    }

    @Test
    void anotherInitiativesEffortsAreNeverCounted() {
        Tenancy.Scope ours = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope theirs = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long theirActivity = sql(
                theirs,
                "insert into activity (initiative_id, name) values (?1, 'Geheim van hen') returning id",
                theirs.initiativeId());
        occurrence(theirs, theirActivity, LocalDate.of(2026, 8, 8), 40);

        InsightReport report = Tenancy.with(ours, () -> reports.report(H2));

        assertEquals(0, report.total().occurrences());
        assertFalse(report.sections().stream()
                .flatMap(s -> s.efforts().stream())
                .anyMatch(e -> e.name().equals("Geheim van hen")));
        assertFalse(report.hasEffects());
    }

    private static GroupShare share(List<GroupShare> shares, String name) {
        return shares.stream()
                .filter(s -> java.util.Objects.equals(s.name(), name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + shares));
    }

    private void occurrence(Tenancy.Scope scope, long activity, LocalDate day, int participants) {
        sql(
                scope,
                "insert into activity_occurrence (initiative_id, activity_id, occurred_on, participants) values (?1, ?2, ?3, ?4)",
                scope.initiativeId(),
                activity,
                java.sql.Date.valueOf(day),
                participants);
    }

    private void help(Tenancy.Scope scope, long category, long volunteer, LocalDate day, Long group, int hours) {
        long request = sql(
                scope,
                "insert into help_request (initiative_id, requested_on, help_category_id, requester, status,"
                        + " target_group_id) values (?1, ?2, ?3, 'mw. B.', 'DONE', cast(?4 as bigint)) returning id",
                scope.initiativeId(),
                java.sql.Date.valueOf(day),
                category,
                group);
        sql(
                scope,
                "insert into help_assignment (initiative_id, help_request_id, volunteer_id, hours) values (?1, ?2, ?3, ?4)",
                scope.initiativeId(),
                request,
                volunteer,
                hours);
    }

    private long sql(Tenancy.Scope scope, String sql, Object... parameters) {
        return Tenancy.with(scope, () -> rows.run(sql, parameters));
    }
}
