package nl.cmostamm.portal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.devserver.PortalDatabase;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database's half of tenant isolation, checked as the application role with plain JDBC:
 * whatever the application code does, PostgreSQL itself keeps initiatives apart.
 */
class RowLevelSecurityIT {

    private static Initiative a;
    private static Initiative b;

    @BeforeAll
    static void twoInitiatives() {
        a = Fixtures.initiative("Dorpshuis A", "Aa en Hunze");
        b = Fixtures.initiative("Dorpshuis B", "Borger-Odoorn");
        Fixtures.theme(a, "Thema alleen van A");
        Fixtures.theme(b, "Thema alleen van B");
        Fixtures.boardMember(a, "BOARD_ADMIN");
        Fixtures.boardMember(b, "BOARD_ADMIN");
    }

    @Test
    void everyTableWithAnInitiativeIdHasRowLevelSecurityEnabledForcedAndAPolicy() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = TestEnvironment.database().connectAsOwner();
                PreparedStatement s = c.prepareStatement("""
                        select t.relname, t.relrowsecurity, t.relforcerowsecurity,
                               (select count(*) from pg_policy p where p.polrelid = t.oid) as policies
                          from pg_class t
                          join pg_namespace n on n.oid = t.relnamespace
                          join pg_attribute a on a.attrelid = t.oid and a.attname = 'initiative_id' and not a.attisdropped
                         where n.nspname = 'public' and t.relkind in ('r', 'p')""");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                tables.add(table);
                assertTrue(rows.getBoolean(2), table + ": row-level security enabled");
                assertTrue(rows.getBoolean(3), table + ": row-level security forced");
                assertTrue(rows.getInt(4) > 0, table + ": has a policy");
            }
        }
        assertTrue(
                tables.containsAll(List.of(
                        "value_theme",
                        "societal_effect",
                        "board_membership",
                        "advisor_assignment",
                        "target_group",
                        "goal",
                        "indicator",
                        "measurement",
                        "audit_entry",
                        "activity",
                        "activity_occurrence",
                        "help_category",
                        "volunteer",
                        "help_request",
                        "help_assignment",
                        "logbook_setting",
                        "story",
                        "story_consent",
                        "story_photo",
                        "stakeholder_group",
                        "involvement_session",
                        "involvement_participation",
                        "survey",
                        "survey_question",
                        "survey_wave",
                        "survey_link",
                        "survey_response",
                        "survey_answer",
                        "method_choice",
                        "sroi_analysis",
                        "sroi_stakeholder",
                        "sroi_input",
                        "sroi_output",
                        "sroi_outcome",
                        "sroi_scenario",
                        "workshop_session_initiative")),
                tables.toString());
    }

    @Test
    void aFinalSroiAnalysisCannotBeChangedEvenBySql() {
        long[] analysis = Fixtures.sroiAnalysis(a, "Definitief 2025", true);
        for (String change : List.of(
                "update sroi_analysis set title = 'Anders' where id = ?",
                "update sroi_outcome set quantity = 1 where analysis_id = ?",
                "delete from sroi_input where analysis_id = ?",
                "delete from sroi_analysis where id = ?")) {
            IllegalStateException refused = assertThrows(
                    IllegalStateException.class, () -> Fixtures.inTenant(a.id(), change, analysis[0]), change);
            assertTrue(
                    refused.getCause().getMessage().contains("is final"),
                    refused.getCause().getMessage());
        }
        assertEquals(
                10,
                Fixtures.inTenant(a.id(), "select quantity from sroi_outcome where id = ?", analysis[1]),
                "the outcome is as it was");
        long[] draft = Fixtures.sroiAnalysis(a, "Concept 2025", false);
        assertEquals(0, Fixtures.inTenant(a.id(), "update sroi_outcome set quantity = 12 where id = ?", draft[1]));
        assertEquals(12, Fixtures.inTenant(a.id(), "select quantity from sroi_outcome where id = ?", draft[1]));
    }

    @Test
    void linkTablesWithoutAnInitiativeIdAreUnderRowLevelSecurityToo() throws SQLException {
        try (Connection c = TestEnvironment.database().connectAsOwner();
                PreparedStatement s = c.prepareStatement(
                        "select t.relname from pg_class t join pg_namespace n on n.oid = t.relnamespace "
                                + "where n.nspname = 'public' and t.relkind = 'r' and t.relname in ('goal_value_theme', 'goal_target_group', 'volunteer_affinity', 'story_value_theme', 'story_goal') "
                                + "and t.relrowsecurity and t.relforcerowsecurity");
                ResultSet rows = s.executeQuery()) {
            int protectedTables = 0;
            while (rows.next()) {
                protectedTables++;
            }
            assertEquals(5, protectedTables, "every link table has forced row-level security");
        }
        long goalOfA = Fixtures.goal(a, "Doel van A");
        long goalOfB = Fixtures.goal(b, "Doel van B");
        long themeOfB = Fixtures.inTenant(b.id(), "select id from value_theme where name = 'Thema alleen van B'");
        Fixtures.inTenant(
                b.id(), "insert into goal_value_theme (goal_id, value_theme_id) values (?, ?)", goalOfB, themeOfB);
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            enter(c, a.id());
            assertEquals(
                    0,
                    count(c, "select count(*) from goal_value_theme where goal_id = " + goalOfB),
                    "B's links are invisible");
            SQLException foreign = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "insert into goal_value_theme (goal_id, value_theme_id) values (" + goalOfA + ", "
                                    + themeOfB + ")"));
            assertTrue(foreign.getMessage().contains("row-level security"), foreign.getMessage());
            c.rollback();
        }
    }

    @Test
    void aGoalCannotPointAtAnotherInitiativesEffectEvenWhenWrittenPastTheApplication() {
        long effectOfB = Fixtures.inTenant(
                b.id(),
                "insert into societal_effect (initiative_id, name) values (?, 'Effect van B') returning id",
                b.id());

        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> Fixtures.inTenant(
                        a.id(),
                        "insert into goal (initiative_id, title, societal_effect_id) values (?, 'Scheef doel', ?)",
                        a.id(),
                        effectOfB));

        assertTrue(
                refused.getCause().getMessage().contains("goal_effect"),
                refused.getCause().getMessage());
    }

    @Test
    void theAuditLogIsAppendOnlyForTheApplication() throws SQLException {
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            enter(c, b.id());
            update(
                    c,
                    "insert into audit_entry (initiative_id, action, subject_type, summary) values (" + b.id()
                            + ", 'CREATE', 'goal', 'Logregel van B')");
            c.commit();

            enter(c, b.id());
            SQLException change =
                    assertThrows(SQLException.class, () -> update(c, "update audit_entry set summary = 'weggepoetst'"));
            assertTrue(change.getMessage().contains("permission denied"), change.getMessage());
            c.rollback();

            enter(c, b.id());
            SQLException removal = assertThrows(SQLException.class, () -> update(c, "delete from audit_entry"));
            assertTrue(removal.getMessage().contains("permission denied"), removal.getMessage());
            c.rollback();

            enter(c, a.id());
            assertEquals(
                    0,
                    count(c, "select count(*) from audit_entry where summary = 'Logregel van B'"),
                    "B's log is invisible to A");
            SQLException forged = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "insert into audit_entry (initiative_id, action, subject_type) values (" + b.id()
                                    + ", 'DELETE', 'goal')"));
            assertTrue(forged.getMessage().contains("row-level security"), forged.getMessage());
            c.rollback();
        }
    }

    /**
     * The record of requests about a person's data (V22) belongs to the knowledge centre's admins:
     * only an active admin reads it and adds to it, in their own name, and nobody changes or removes
     * a record; its counts can hold nothing but kinds and numbers, so no name can be written into it.
     */
    @Test
    void personDataRequestsAreReadAndAppendedByAdminsOnly() throws SQLException {
        Person admin = Fixtures.account("Beheerder", true, false);
        Person member = Fixtures.boardMember(a, "BOARD_MEMBER");
        String reference = "AVG-RLS-" + System.nanoTime();
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            act(c, null, admin.id());
            assertEquals(
                    1,
                    update(
                            c,
                            "insert into person_data_request (account_id, kind, reference, counts) values ("
                                    + admin.id() + ", 'ERASURE', '" + reference + "', 'VOLUNTEER=1;STORY=2')"));
            c.commit();

            act(c, null, admin.id());
            assertEquals(1, count(c, "select count(*) from person_data_request where reference = '" + reference + "'"));
            SQLException change =
                    assertThrows(SQLException.class, () -> update(c, "update person_data_request set reference = 'x'"));
            assertTrue(change.getMessage().contains("permission denied"), change.getMessage());
            c.rollback();

            act(c, null, admin.id());
            SQLException name = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "insert into person_data_request (account_id, kind, reference, counts) values ("
                                    + admin.id() + ", 'ERASURE', 'AVG-1', 'Hilje Visser=1')"));
            assertTrue(name.getMessage().contains("check constraint"), name.getMessage());
            c.rollback();

            act(c, a.id(), member.id());
            assertEquals(
                    0,
                    count(c, "select count(*) from person_data_request where reference = '" + reference + "'"),
                    "a board member sees no requests");
            SQLException forged = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "insert into person_data_request (account_id, kind, reference) values (" + member.id()
                                    + ", 'INSPECTION', 'AVG-2')"));
            assertTrue(forged.getMessage().contains("row-level security"), forged.getMessage());
            c.rollback();
        }
    }

    /**
     * Erasure blanks what the audit log said about an erased record through one owner's function
     * (V22): only the summary, only of the current tenant's entries, only for the subject types that
     * carry a person's words, only to a fixed text. The log stays append-only for everything else.
     */
    @Test
    void theAuditRedactionReachesOnlyTheCurrentTenantsSummariesOfOneSubject() throws SQLException {
        Fixtures.inTenant(
                a.id(),
                "insert into audit_entry (initiative_id, action, subject_type, subject_id, summary)"
                        + " values (?, 'CREATE', 'volunteer', 991, 'Naam in A')",
                a.id());
        Fixtures.inTenant(
                b.id(),
                "insert into audit_entry (initiative_id, action, subject_type, subject_id, summary)"
                        + " values (?, 'CREATE', 'volunteer', 991, 'Naam in B')",
                b.id());
        Fixtures.inTenant(
                a.id(),
                "insert into audit_entry (initiative_id, action, subject_type, subject_id, summary)"
                        + " values (?, 'CREATE', 'goal', 991, 'Doel in A')",
                a.id());
        long admin = Fixtures.account("Beheerder Wissen", true, false).id();
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            enter(c, a.id());
            assertThrows(
                    SQLException.class,
                    () -> count(c, "select audit_entry_redact('volunteer', 991)"),
                    "in the tenant but without an admin acting: refused by the function itself");
            c.rollback();
            enter(c, a.id());
            try (PreparedStatement acting = c.prepareStatement("select set_config('app.account_id', ?, true)")) {
                acting.setString(1, String.valueOf(admin));
                acting.execute();
            }
            assertEquals(1, count(c, "select audit_entry_redact('volunteer', 991)"));
            assertEquals(0, count(c, "select audit_entry_redact('goal', 991)"), "a goal's title is no person's");
            c.commit();
            assertEquals(0, count(c, "select audit_entry_redact('volunteer', 991)"), "no tenant, nothing");
            c.rollback();
        }
        assertEquals(
                1,
                Fixtures.inTenant(
                        a.id(),
                        "select count(*) from audit_entry where subject_type = 'volunteer' and subject_id = 991"
                                + " and summary = '(gewist op verzoek)'"));
        assertEquals(
                1,
                Fixtures.inTenant(b.id(), "select count(*) from audit_entry where summary = 'Naam in B'"),
                "B's entry is untouched");
        assertEquals(
                1,
                Fixtures.inTenant(a.id(), "select count(*) from audit_entry where summary = 'Doel in A'"),
                "another subject type is untouched");
    }

    /**
     * A public link must be found without a tenant, so anyone may read the link table; but only by
     * the hash of a token, and only the wave's own initiative may add, change or remove links.
     * Answers stay in their initiative like everything else.
     */
    @Test
    void surveyLinksAreReadableByAnyoneButWritableOnlyByTheirInitiative() throws SQLException {
        long surveyOfB = Fixtures.survey(b, "Vragenlijst van B");
        String tokenOfB = Fixtures.wave(b, surveyOfB, "Ronde van B", true);
        long waveOfB = Fixtures.waveOf(b, tokenOfB);
        String hashOfB = nl.cmostamm.portal.survey.LinkTokens.hash(tokenOfB);
        long responseOfB = Fixtures.inTenant(
                b.id(),
                "insert into survey_response (initiative_id, wave_id, submission_key, submitted_on, language) "
                        + "values (?, ?, ?, current_date, 'nl') returning id",
                b.id(),
                waveOfB,
                java.util.UUID.randomUUID().toString());
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            assertEquals(
                    1,
                    count(c, "select count(*) from survey_link where token_hash = '" + hashOfB + "'"),
                    "found without a tenant");
            assertEquals(
                    0,
                    count(c, "select count(*) from survey_wave where token = '" + tokenOfB + "'"),
                    "the wave itself is not");

            c.setAutoCommit(false);
            enter(c, a.id());
            assertEquals(0, update(c, "update survey_link set used_at = now() where token_hash = '" + hashOfB + "'"));
            assertEquals(0, update(c, "delete from survey_link where token_hash = '" + hashOfB + "'"));
            SQLException forged = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "insert into survey_link (token_hash, initiative_id, wave_id) values ('x', " + b.id() + ", "
                                    + waveOfB + ")"));
            assertTrue(forged.getMessage().contains("row-level security"), forged.getMessage());
            c.rollback();

            enter(c, a.id());
            assertEquals(
                    0,
                    count(c, "select count(*) from survey_response where id = " + responseOfB),
                    "B's responses are invisible");
            SQLException answer = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "insert into survey_answer (initiative_id, response_id, question_id, choice) values ("
                                    + a.id() + ", " + responseOfB + ", " + Fixtures.firstQuestion(b, surveyOfB)
                                    + ", 1)"));
            assertTrue(
                    answer.getMessage().contains("survey_answer_response")
                            || answer.getMessage().contains("row-level security"),
                    answer.getMessage());
            c.rollback();
        }
        assertEquals(
                1,
                Fixtures.inTenant(b.id(), "select count(*) from survey_link where token_hash = ?", hashOfB),
                "B's link is untouched");
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws SQLException {
        try (Connection c = TestEnvironment.database().connectAsOwner();
                PreparedStatement role = c.prepareStatement(
                        "select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb from pg_roles where rolname = ?");
                PreparedStatement owned = c.prepareStatement("""
                        select count(*) from pg_class t join pg_roles r on r.oid = t.relowner
                         where r.rolname = ?""")) {
            role.setString(1, PortalDatabase.APP);
            try (ResultSet rows = role.executeQuery()) {
                assertTrue(rows.next());
                for (int column = 1; column <= 4; column++) {
                    assertFalse(rows.getBoolean(column), "the app role has no special power #" + column);
                }
            }
            owned.setString(1, PortalDatabase.APP);
            try (ResultSet rows = owned.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "the app role owns no table, sequence or index");
            }
        }
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoTenantRows() throws SQLException {
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            assertEquals(0, count(c, "select count(*) from value_theme"));
            assertEquals(0, count(c, "select count(*) from board_membership"));
            assertEquals(0, count(c, "select count(*) from advisor_assignment"));
        }
    }

    @Test
    void withTenantATheRowsOfBAreInvisible() throws SQLException {
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            enter(c, a.id());
            assertEquals(1, count(c, "select count(*) from value_theme"));
            assertEquals(0, count(c, "select count(*) from value_theme where initiative_id = " + b.id()));
            assertEquals(0, count(c, "select count(*) from value_theme where name = 'Thema alleen van B'"));
            // other tests add members to A; what matters is that none of B's shows
            assertTrue(count(c, "select count(*) from board_membership") >= 1);
            assertEquals(0, count(c, "select count(*) from board_membership where initiative_id <> " + a.id()));
            c.rollback();
        }
    }

    @Test
    void withTenantAInsertingOrMovingRowsIntoBFails() throws SQLException {
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            enter(c, a.id());
            SQLException insert = assertThrows(
                    SQLException.class,
                    () -> update(
                            c, "insert into value_theme (initiative_id, name) values (" + b.id() + ", 'ingeschoven')"));
            assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
            c.rollback();

            enter(c, a.id());
            SQLException move = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "update value_theme set initiative_id = " + b.id() + " where initiative_id = " + a.id()));
            assertTrue(move.getMessage().contains("row-level security"), move.getMessage());
            c.rollback();

            enter(c, a.id());
            assertEquals(0, update(c, "update value_theme set name = 'overschreven' where initiative_id = " + b.id()));
            assertEquals(0, update(c, "delete from value_theme where initiative_id = " + b.id()));
            c.rollback();
        }
    }

    @Test
    void aPersonSeesTheirOwnSeatsEverywhereButChangesThemOnlyInsideTheirInitiative() throws SQLException {
        Initiative own = Fixtures.initiative("Eigen dorpshuis", "Tynaarlo");
        Initiative other = Fixtures.initiative("Ander dorpshuis", "Tynaarlo");
        Fixtures.Person both = Fixtures.boardMember(own, "BOARD_MEMBER");
        Fixtures.inTenant(
                other.id(),
                "insert into board_membership (initiative_id, account_id, role) values (?, ?, 'BOARD_MEMBER')",
                other.id(),
                both.id());
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            enter(c, own.id());
            try (PreparedStatement account = c.prepareStatement("select set_config('app.account_id', ?, true)")) {
                account.setString(1, String.valueOf(both.id()));
                account.execute();
            }
            assertEquals(
                    2,
                    count(c, "select count(*) from board_membership where account_id = " + both.id()),
                    "the switcher lists both seats");
            assertEquals(0, update(c, "delete from board_membership where initiative_id = " + other.id()));
            assertEquals(
                    0,
                    update(c, "update board_membership set role = 'BOARD_ADMIN' where initiative_id = " + other.id()));
            c.commit();
        }
    }

    /**
     * The initiative's own row (V9): read by its tenant and by the accounts admitted to it, changed
     * only by its tenant, created only by an active admin or advisor under the new row's own id.
     * Enabled but not forced, so the owner (Flyway, these fixtures) still sees every initiative.
     */
    @Test
    void anInitiativeIsReadByItsTenantAndItsPeopleAndWrittenOnlyByItsTenant() throws SQLException {
        Initiative other = Fixtures.initiative("Dorpshuis C", "Tynaarlo");
        Fixtures.Person memberOfA = Fixtures.boardMember(a, "BOARD_MEMBER");
        Fixtures.Person advisorOfB = Fixtures.advisorOf(b);
        Fixtures.Person admin = Fixtures.account("Beheerder", true, false);
        String three = "(" + a.id() + ", " + b.id() + ", " + other.id() + ")";
        String visible = "select count(*) from initiative where id in " + three;
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            assertEquals(0, count(c, visible), "no tenant, no account: nothing");
            c.setAutoCommit(false);
            enter(c, a.id());
            assertEquals(1, count(c, visible), "its own tenant");
            c.rollback();
            act(c, null, memberOfA.id());
            assertEquals(1, count(c, visible), "a board member: the boards they sit on");
            c.rollback();
            act(c, null, advisorOfB.id());
            assertEquals(1, count(c, "select count(*) from initiative where id in " + three + " and id = " + b.id()));
            assertEquals(1, count(c, visible), "an advisor: the initiatives assigned to them");
            c.rollback();
            act(c, null, admin.id());
            assertEquals(3, count(c, visible), "an admin: all");
            c.rollback();

            act(c, a.id(), admin.id());
            assertEquals(0, update(c, "update initiative set name = 'Overgenomen' where id = " + b.id()));
            assertEquals(0, update(c, "delete from initiative where id = " + other.id()));
            assertEquals(1, update(c, "update initiative set mission = 'Eigen missie' where id = " + a.id()));
            SQLException moved = assertThrows(
                    SQLException.class,
                    () -> update(c, "update initiative set id = -" + a.id() + " where id = " + a.id()));
            assertTrue(moved.getMessage().contains("row-level security"), moved.getMessage());
            c.rollback();

            act(c, -7L, memberOfA.id());
            SQLException byMember = assertThrows(SQLException.class, () -> update(c, insertInitiative(-7)));
            assertTrue(byMember.getMessage().contains("row-level security"), byMember.getMessage());
            c.rollback();
            act(c, a.id(), advisorOfB.id());
            SQLException underAnotherId = assertThrows(SQLException.class, () -> update(c, insertInitiative(-8)));
            assertTrue(underAnotherId.getMessage().contains("row-level security"), underAnotherId.getMessage());
            c.rollback();
            act(c, -9L, advisorOfB.id());
            assertEquals(1, update(c, insertInitiative(-9)), "an advisor creates one as its tenant");
            assertEquals(1, update(c, "insert into value_theme (initiative_id, name) values (-9, 'Eerste thema')"));
            c.rollback();

            assertTrue(
                    bool(c, "select initiative_slug_taken('" + other.slug() + "', null)"),
                    "a slug is taken whoever asks");
            assertFalse(bool(c, "select initiative_slug_taken('" + other.slug() + "', " + other.id() + ")"));
            assertTrue(bool(c, "select any_initiative()"));
        }
    }

    @Test
    void advisorAssignmentsAreChangedOnlyInsideTheirInitiative() throws SQLException {
        Fixtures.Person advisor = Fixtures.advisorOf(a, b);
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            act(c, a.id(), advisor.id());
            assertEquals(
                    2,
                    count(c, "select count(*) from advisor_assignment where account_id = " + advisor.id()),
                    "the advisor's own portfolio");
            assertEquals(
                    0,
                    update(
                            c,
                            "delete from advisor_assignment where initiative_id = " + b.id() + " and account_id = "
                                    + advisor.id()));
            SQLException forged = assertThrows(
                    SQLException.class,
                    () -> update(
                            c,
                            "insert into advisor_assignment (initiative_id, account_id) values (" + b.id() + ", "
                                    + Fixtures.account("Ander", false, true).id() + ")"));
            assertTrue(forged.getMessage().contains("row-level security"), forged.getMessage());
            c.rollback();
        }
    }

    private static String insertInitiative(long id) {
        return "insert into initiative (id, slug, name, municipality, province, social_basis_level) values (" + id
                + ", 'nieuw" + -id + "-" + System.nanoTime() + "', 'Nieuw', 'Tynaarlo', 'DRENTHE', 'COMMUNAL')";
    }

    /** Sets the tenant (or none) and the acting account for the rest of the transaction. */
    private static void act(Connection c, Long initiativeId, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select set_config('app.tenant_id', ?, true), set_config('app.account_id', ?, true)")) {
            s.setString(1, initiativeId == null ? "" : String.valueOf(initiativeId));
            s.setString(2, String.valueOf(accountId));
            s.execute();
        }
    }

    private static boolean bool(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    @Test
    void theTenantSettingDoesNotOutliveItsTransaction() throws SQLException {
        try (Connection c = TestEnvironment.database().connectAsApp()) {
            c.setAutoCommit(false);
            enter(c, a.id());
            assertEquals(1, count(c, "select count(*) from value_theme"));
            c.commit();
            assertEquals(0, count(c, "select count(*) from value_theme"), "a pooled connection carries no tenant over");
            c.rollback();
        }
    }

    private static void enter(Connection c, long initiativeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            s.setString(1, String.valueOf(initiativeId));
            s.execute();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }
}
