package nl.cmostamm.portal.departure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import nl.cmostamm.portal.testing.TestRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An initiative leaves, in Payara Micro against the real PostgreSQL: a full initiative with a row in
 * every table that has an {@code initiative_id} (checked against the catalogue, so a new table fails
 * here until this test fills it and {@link InitiativeTables} describes it) is exported with every row
 * and its photo and logo, then purged, after which the catalogue shows no row with its id anywhere,
 * while another initiative keeps every row. Who may do it, and the confirmations, are checked in the
 * service and in the database function.
 *
 * <p>What the catalogue shows is counted as the schema owner (from the environment the test server
 * runs with), in the initiative's tenancy and with the purge's own visibility: the owner is under
 * forced row-level security too, so this counts exactly the rows that belong to the initiative.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeLeavesIT {

    private static final byte[] PHOTO = HexFormat.of().parseHex("ffd8ffe000104a46494600010100");
    private static final byte[] LOGO = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452");

    @EJB
    InitiativeDeparture departure;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    TestRows rows;

    /** A full initiative: its admin's scope, its people and the ids the assertions look for. */
    private record Full(
            Tenancy.Scope admin,
            long id,
            String name,
            Tenancy.Scope boardAdmin,
            Tenancy.Scope member,
            Tenancy.Scope advisor,
            long photo,
            long factSheet,
            long session,
            String secret) {}

    @Test
    void theExportHoldsEveryRowOfEveryTableItsPhotoItsLogoAndAReadMe() throws Exception {
        Full full = fullInitiative();
        Full other = fullInitiative();
        Map<String, Long> before = rowsOf(full.id());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = Tenancy.with(full.admin(), () -> departure.export(full.id(), out));

        Map<String, byte[]> zip = unzip(out.toByteArray());
        for (Map.Entry<String, Long> table : before.entrySet()) {
            String name = table.getKey();
            if (InitiativeTables.leftOut(name)) {
                assertFalse(zip.containsKey("csv/" + name + ".csv"), name + " is left out");
                continue;
            }
            long expected = name.equals("audit_entry") ? table.getValue() + 1 : table.getValue();
            assertTrue(zip.containsKey("csv/" + name + ".csv"), name + " has its CSV");
            JsonArray json = json(zip, name);
            assertEquals(expected, json.size(), name + ": every row in the JSON");
            for (JsonObject row : json.getValuesAs(JsonObject.class)) {
                assertEquals(full.id(), row.getJsonNumber("initiative_id").longValue(), name + ": only its own rows");
            }
            assertEquals(expected, csvRecords(zip, name), name + ": every row in the CSV");
        }
        for (String linked : InitiativeTables.linked().keySet()) {
            assertTrue(json(zip, linked).size() > 0, linked + ": the initiative's link rows are exported");
        }
        assertEquals(1, json(zip, "initiative").size());
        assertEquals(full.name(), json(zip, "initiative").getJsonObject(0).getString("name"));
        JsonArray people = json(zip, "account");
        assertTrue(people.size() >= 3, "board, advisor and admin are named: " + people);
        assertFalse(people.getJsonObject(0).containsKey("email"), "never an e-mail address");
        assertFalse(people.getJsonObject(0).containsKey("password_hash"));

        String photoPath = "bestanden/story_photo-" + full.photo() + "-content.jpg";
        assertArrayEquals(PHOTO, zip.get(photoPath), "the photo itself");
        assertEquals(photoPath, json(zip, "story_photo").getJsonObject(0).getString("content"));
        assertArrayEquals(LOGO, zip.get("bestanden/fact_sheet-" + full.factSheet() + "-logo.png"), "the logo itself");

        String readme = new String(zip.get("LEESMIJ.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(full.name() + " (id " + full.id()), readme);
        assertTrue(readme.contains("persoonsgegevens en mogelijk gezondheidsgegevens"), readme);
        assertTrue(readme.contains("csv/story.csv en json/story.json"), readme);
        assertTrue(readme.contains("initiative_visit: Niet geëxporteerd"), readme);
        JsonObject manifest = Json.createReader(
                        new StringReader(new String(zip.get("manifest.json"), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals(
                full.id(),
                manifest.getJsonObject("initiative").getJsonNumber("id").longValue());
        assertEquals(2, manifest.getJsonArray("files").size());
        assertEquals(2, summary.files());

        for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
            assertFalse(
                    new String(entry.getValue(), StandardCharsets.UTF_8).contains(other.secret()),
                    entry.getKey() + " holds another initiative's data");
        }
        assertEquals(
                1,
                Tenancy.with(
                        full.admin(),
                        () -> rows.run("select count(*) from audit_entry where subject_type = 'initiativeExport'")),
                "the completed export is in the initiative's own log");
        assertEquals(
                1,
                Tenancy.with(
                        full.admin(),
                        () -> rows.run(
                                "select count(*) from audit_entry where subject_type = 'initiativeExportStarted'")));
        assertNotNull(
                Tenancy.with(full.admin(), () -> departure.inventory(full.id())).lastExport());
    }

    @Test
    void thePurgeLeavesNoRowWithItsIdInAnyTableAndTouchesNoOtherInitiative() throws Exception {
        Full full = fullInitiative();
        Full other = fullInitiative();
        Tenancy.with(full.admin(), () -> departure.export(full.id(), new ByteArrayOutputStream()));
        Map<String, Long> before = rowsOf(full.id());
        Map<String, Long> otherBefore = rowsOf(other.id());
        for (Map.Entry<String, Long> table : before.entrySet()) {
            assertTrue(table.getValue() > 0, table.getKey() + ": the test initiative fills every table");
        }

        PurgeRecord record = Tenancy.with(full.admin(), () -> departure.purge(full.id(), full.name(), false));

        Map<String, Long> after = rowsOf(full.id());
        assertEquals(before.keySet(), after.keySet());
        after.forEach((table, count) -> assertEquals(0, count, table + " still holds rows of the purged initiative"));
        assertEquals(0, owner("select count(*) from initiative where id = ?", full.id()), "the initiative itself");
        assertEquals(otherBefore, rowsOf(other.id()), "another initiative keeps every row");
        assertEquals(1, owner("select count(*) from initiative where id = ?", other.id()));

        assertEquals(full.id(), record.initiativeId());
        assertEquals(full.name(), record.name());
        assertNotNull(record.exportedAt(), "purged after an export");
        assertEquals(before, record.rowsPerTable(), "the record counts what there was, table by table");
        assertTrue(Tenancy.with(full.admin(), departure::purges).stream().anyMatch(p -> p.id() == record.id()));

        assertEquals(
                1,
                owner("select count(*) from account where id = ?", full.member().accountId()),
                "a board member's account stays; only the membership goes");
        assertEquals(
                1,
                owner(
                        "select count(*) from account where id = ?",
                        full.advisor().accountId()));
        assertEquals(
                1,
                owner("select count(*) from workshop_session where id = ?", full.session()),
                "the workshop session stays, without its link");
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(full.admin(), () -> departure.inventory(full.id())),
                "a purged initiative is not found");
    }

    @Test
    void boardMembersAndAdvisorsAreRefusedAndABoardAdminExportsOnlyTheirOwn() throws Exception {
        Full full = fullInitiative();
        Full other = fullInitiative();

        for (Tenancy.Scope refused : List.of(full.member(), full.advisor(), full.boardAdmin())) {
            assertThrows(
                    AccessDeniedException.class,
                    () -> Tenancy.with(refused, () -> departure.export(full.id(), new ByteArrayOutputStream())));
            assertThrows(
                    AccessDeniedException.class,
                    () -> Tenancy.with(refused, () -> departure.purge(full.id(), full.name(), true)));
            assertThrows(
                    AccessDeniedException.class, () -> Tenancy.with(refused, () -> departure.inventory(full.id())));
        }
        for (Tenancy.Scope refused : List.of(full.member(), full.advisor())) {
            assertThrows(
                    AccessDeniedException.class,
                    () -> Tenancy.with(refused, () -> departure.exportOwn(new ByteArrayOutputStream())));
        }
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(
                        full.boardAdmin().withInitiative(other.id()),
                        () -> departure.exportOwn(new ByteArrayOutputStream())),
                "another initiative's export is not found");

        ByteArrayOutputStream own = new ByteArrayOutputStream();
        Tenancy.with(full.boardAdmin(), () -> departure.exportOwn(own));
        Map<String, byte[]> zip = unzip(own.toByteArray());
        assertEquals(full.name(), json(zip, "initiative").getJsonObject(0).getString("name"));
        for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
            assertFalse(new String(entry.getValue(), StandardCharsets.UTF_8).contains(other.secret()), entry.getKey());
        }

        // the database refuses the function to anyone but an admin, and outside the initiative's tenancy
        assertThrows(
                Exception.class,
                () -> Tenancy.with(
                        full.boardAdmin(),
                        () -> rows.run("select purge_initiative(?1, ?2, null)", full.id(), full.name())));
        assertThrows(
                Exception.class,
                () -> Tenancy.with(
                        full.admin().withInitiative(other.id()),
                        () -> rows.run("select purge_initiative(?1, ?2, null)", full.id(), full.name())));
        assertEquals(1, owner("select count(*) from initiative where id = ?", full.id()), "nothing was purged");
    }

    @Test
    void aPurgeIsRefusedWithoutTheTypedNameAndWithoutAnExportUnlessOverridden() throws Exception {
        Full full = fullInitiative();
        Map<String, Long> before = rowsOf(full.id());

        ValidationFailure wrongName = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(full.admin(), () -> departure.purge(full.id(), full.name() + " x", true)));
        assertEquals("departure.purge.nameMismatch", wrongName.getMessageKey());
        assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(full.admin(), () -> departure.purge(full.id(), null, true)));
        ValidationFailure noExport = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(full.admin(), () -> departure.purge(full.id(), full.name(), false)));
        assertEquals("departure.purge.exportFirst", noExport.getMessageKey());
        assertEquals(before, rowsOf(full.id()), "a refused purge changes nothing");
        assertThrows(
                Exception.class,
                () -> Tenancy.with(
                        full.admin(),
                        () -> rows.run("select purge_initiative(?1, ?2, null)", full.id(), "Een andere naam")),
                "the database checks the typed name too");

        PurgeRecord overridden = Tenancy.with(full.admin(), () -> departure.purge(full.id(), full.name(), true));

        assertNull(overridden.exportedAt(), "recorded as purged without an export");
        rowsOf(full.id()).forEach((table, count) -> assertEquals(0, count, table));
    }

    @Test
    void theDescribedTablesAreExactlyTheCataloguesAndEveryLinkCascades() throws Exception {
        Set<String> own = new TreeSet<>(catalogueTables());
        assertEquals(new TreeSet<>(InitiativeTables.own().keySet()), own, "InitiativeTables describes every table");
        Set<String> linked = new TreeSet<>();
        try (Connection c = ownerConnection();
                PreparedStatement s = c.prepareStatement("""
                        select c.relname, k.confdeltype from pg_constraint k
                          join pg_class c on c.oid = k.conrelid
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_class p on p.oid = k.confrelid
                         where k.contype = 'f' and n.nspname = 'public'
                           and not exists (select 1 from pg_attribute x
                                            where x.attrelid = c.oid and x.attname = 'initiative_id' and not x.attisdropped)
                           and exists (select 1 from pg_attribute y
                                        where y.attrelid = p.oid and y.attname = 'initiative_id' and not y.attisdropped)""");
                ResultSet found = s.executeQuery()) {
            while (found.next()) {
                linked.add(found.getString(1));
                assertEquals(
                        "c",
                        found.getString(2),
                        found.getString(1) + ": a link row goes with its parent, or the purge would be refused");
            }
        }
        assertEquals(new TreeSet<>(InitiativeTables.linked().keySet()), linked);
    }

    // ---------------------------------------------------------------------------------------------

    /** An initiative with a row in every table that has an initiative_id, and in every link table. */
    private Full fullInitiative() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long id = admin.initiativeId();
        String secret = "Geheim-" + id + "-" + System.nanoTime();
        String name = Tenancy.with(admin, () -> initiatives.current().getName());
        Tenancy.Scope boardAdmin = person(admin, "Voorzitter", false, "BOARD_ADMIN");
        Tenancy.Scope member = person(admin, "Lid", false, "BOARD_MEMBER");
        Tenancy.Scope advisor = person(admin, "Adviseur", true, null);

        long effect = sql(
                admin,
                "insert into societal_effect (initiative_id, name) values (?, ?) returning id",
                id,
                "Effect " + secret);
        long theme = sql(admin, "select min(id) from value_theme");
        long group = sql(
                admin,
                "insert into target_group (initiative_id, name) values (?, ?) returning id",
                id,
                "Groep " + secret);
        long goal = sql(
                admin,
                "insert into goal (initiative_id, title, societal_effect_id) values (?, ?, ?) returning id",
                id,
                "Doel " + secret,
                effect);
        sql(admin, "insert into goal_value_theme (goal_id, value_theme_id) values (?, ?)", goal, theme);
        sql(admin, "insert into goal_target_group (goal_id, target_group_id) values (?, ?)", goal, group);
        long indicator = sql(
                admin,
                "insert into indicator (initiative_id, goal_id, name, kind, value_type, target) "
                        + "values (?, ?, ?, 'OUTPUT', 'COUNT', 10) returning id",
                id,
                goal,
                "Indicator " + secret);
        sql(
                admin,
                "insert into measurement (initiative_id, indicator_id, period_start, period_end, value) values "
                        + "(?, ?, cast(date_trunc('month', current_date) as date), cast(date_trunc('month', current_date) + interval '1 month' - interval '1 day' as date), 7)",
                id,
                indicator);

        long activity = sql(
                admin,
                "insert into activity (initiative_id, name) values (?, ?) returning id",
                id,
                "Activiteit " + secret);
        sql(
                admin,
                "insert into activity_occurrence (initiative_id, activity_id, occurred_on, participants) values (?, ?, current_date, 12)",
                id,
                activity);
        sql(admin, "insert into activity_target_group (activity_id, target_group_id) values (?, ?)", activity, group);

        long category = sql(
                admin,
                "insert into help_category (initiative_id, name, position) values (?, ?, 99) returning id",
                id,
                "Categorie " + secret);
        long volunteer = sql(
                admin,
                "insert into volunteer (initiative_id, name, phone) values (?, ?, '06-11111111') returning id",
                id,
                "Vrijwilliger " + secret);
        sql(
                admin,
                "insert into volunteer_affinity (volunteer_id, help_category_id) values (?, ?)",
                volunteer,
                category);
        long request = sql(
                admin,
                "insert into help_request (initiative_id, requested_on, help_category_id, requester, status) "
                        + "values (?, current_date, ?, 'A.B.', 'DONE') returning id",
                id,
                category);
        sql(
                admin,
                "insert into help_assignment (initiative_id, help_request_id, volunteer_id, hours) values (?, ?, ?, 2)",
                id,
                request,
                volunteer);
        sql(admin, "insert into logbook_setting (initiative_id) values (?) on conflict do nothing", id);

        long story = sql(
                admin,
                "insert into story (initiative_id, title, body, told_on, teller_role) "
                        + "values (?, ?, 'Sinds de inloop kom ik weer buiten.', current_date, 'CARER') returning id",
                id,
                "Verhaal " + secret);
        sql(
                admin,
                "insert into story_consent (initiative_id, story_id, given_by, internal_learning, reports, publication, given_on) "
                        + "values (?, ?, 'PERSON', true, true, true, current_date)",
                id,
                story);
        long photo = sql(
                admin,
                "insert into story_photo (initiative_id, story_id, content_type, content, byte_size) "
                        + "values (?, ?, 'image/jpeg', decode(?, 'hex'), ?) returning id",
                id,
                story,
                HexFormat.of().formatHex(PHOTO),
                PHOTO.length);
        sql(admin, "insert into story_value_theme (story_id, value_theme_id) values (?, ?)", story, theme);
        sql(admin, "insert into story_goal (story_id, goal_id) values (?, ?)", story, goal);

        long stakeholders = sql(
                admin,
                "insert into stakeholder_group (initiative_id, name, involvement) values (?, ?, 'CONSULT') returning id",
                id,
                "Belanghebbende " + secret);
        long meeting = sql(
                admin,
                "insert into involvement_session (initiative_id, held_on, method, title) values (?, current_date, 'KICKOFF', ?) returning id",
                id,
                "Bijeenkomst " + secret);
        sql(
                admin,
                "insert into involvement_participation (initiative_id, session_id, group_id, participants) values (?, ?, ?, 5)",
                id,
                meeting,
                stakeholders);

        long survey = sql(
                admin,
                "insert into survey (initiative_id, name) values (?, ?) returning id",
                id,
                "Vragenlijst " + secret);
        long question = sql(
                admin,
                "insert into survey_question (initiative_id, survey_id, position, type, text, options, required) "
                        + "values (?, ?, 1, 'LIKERT', 'Hoe tevreden bent u', 'Helemaal mee oneens' || chr(10) || 'Mee oneens' || chr(10) || 'Neutraal' || chr(10) || 'Mee eens' || chr(10) || 'Helemaal mee eens', true) returning id",
                id,
                survey);
        long[] waves = new long[2];
        for (int i = 0; i < 2; i++) {
            waves[i] = sql(
                    admin,
                    "insert into survey_wave (initiative_id, survey_id, name, kind, opens_on, closes_on, token) "
                            + "values (?, ?, ?, 'PRE', current_date - 10, current_date + 10, md5(cast(random() as text)) || md5(cast(random() as text))) returning id",
                    id,
                    survey,
                    "Ronde " + i);
            sql(
                    admin,
                    "insert into survey_link (token_hash, initiative_id, wave_id) values (md5(cast(random() as text)) || md5(cast(random() as text)), ?, ?)",
                    id,
                    waves[i]);
            sql(
                    admin,
                    "with r as (insert into survey_response (initiative_id, wave_id, submission_key, submitted_on, language) "
                            + "values (?, ?, md5(cast(random() as text)), current_date, 'nl') returning id) "
                            + "insert into survey_answer (initiative_id, response_id, question_id, choice) select ?, r.id, ?, 4 from r returning id",
                    id,
                    waves[i],
                    id,
                    question);
        }

        sql(
                admin,
                "insert into method_choice (initiative_id, purposes, euros, existing_data, capacity, outside_help, phase, methods) "
                        + "values (?, 'LEARNING', 'NO', 'STORIES', 'SOME', 'NONE', 'RUNNING', 'SROI')",
                id);
        sql(admin, "insert into toc_plan (initiative_id) values (?) on conflict do nothing", id);
        long output = sql(
                admin,
                "insert into toc_element (initiative_id, level, title) values (?, 'OUTPUT', ?) returning id",
                id,
                "Output " + secret);
        long outcome = sql(
                admin,
                "insert into toc_element (initiative_id, level, title) values (?, 'OUTCOME', 'Minder eenzaam') returning id",
                id);
        sql(
                admin,
                "insert into toc_link (initiative_id, from_element, to_element, assumption) values (?, ?, ?, 'Samen eten verbindt')",
                id,
                output,
                outcome);
        sql(
                admin,
                "insert into toc_comment (initiative_id, element_id, body) values (?, ?, 'Klopt dit nog')",
                id,
                output);
        sql(
                admin,
                "insert into toc_version (initiative_id, number, label, chain) values (?, 1, 'Versie 1', '{\"elements\":[],\"links\":[]}')",
                id);
        sql(admin, "insert into toc_element_indicator (element_id, indicator_id) values (?, ?)", output, indicator);
        sql(admin, "insert into toc_element_story (element_id, story_id) values (?, ?)", outcome, story);
        sql(admin, "insert into toc_element_survey (element_id, survey_id) values (?, ?)", outcome, survey);

        long analysis = sql(
                admin,
                "insert into sroi_analysis (initiative_id, title, kind, period_start, period_end) "
                        + "values (?, 'Analyse', 'EVALUATIVE', date '2025-01-01', date '2025-12-31') returning id",
                id);
        long stakeholder = sql(
                admin,
                "insert into sroi_stakeholder (initiative_id, analysis_id, group_id) values (?, ?, ?) returning id",
                id,
                analysis,
                stakeholders);
        sql(
                admin,
                "insert into sroi_input (initiative_id, analysis_id, stakeholder_id, kind, description, amount) "
                        + "values (?, ?, ?, 'MONEY', 'Subsidie', 1000)",
                id,
                analysis,
                stakeholder);
        sql(
                admin,
                "insert into sroi_output (initiative_id, analysis_id, indicator_id) values (?, ?, ?)",
                id,
                analysis,
                indicator);
        sql(
                admin,
                "insert into sroi_outcome (initiative_id, analysis_id, stakeholder_id, description, evidence, estimate_source, "
                        + "quantity, duration, proxy_description, proxy_value, proxy_source) "
                        + "values (?, ?, ?, 'Minder eenzaam', 'ESTIMATE', 'Gesprekken', 10, 1, 'Waarde', 500, 'Bron')",
                id,
                analysis,
                stakeholder);
        sql(
                admin,
                "insert into sroi_scenario (initiative_id, analysis_id, name) values (?, ?, 'Voorzichtig')",
                id,
                analysis);
        // final: read-only for everyone, until the purge removes it with its initiative
        sql(admin, "update sroi_analysis set status = 'FINAL', finalised_at = now() where id = ?", analysis);

        long domain = sql(
                admin,
                "insert into msc_domain (initiative_id, name, goal_id) values (?, 'Meedoen', ?) returning id",
                id,
                goal);
        long round = sql(
                admin,
                "insert into msc_round (initiative_id, title, question, collect_from, collect_until) "
                        + "values (?, 'Ronde', 'Wat veranderde er', current_date - 30, current_date + 30) returning id",
                id);
        long entry = sql(
                admin,
                "insert into msc_entry (initiative_id, round_id, domain_id, story_id, significance) "
                        + "values (?, ?, ?, ?, 'Omdat ik weer meedoe.') returning id",
                id,
                round,
                domain,
                story);
        long panel = sql(
                admin,
                "insert into msc_panel (initiative_id, round_id, stage, name, held_on, members) "
                        + "values (?, ?, 1, 'Team', current_date, 'Anja, Bert') returning id",
                id,
                round);
        sql(
                admin,
                "insert into msc_selection (initiative_id, panel_id, domain_id, entry_id, reason) values (?, ?, ?, ?, 'Raakt ons')",
                id,
                panel,
                domain,
                entry);
        sql(
                admin,
                "insert into msc_feedback (initiative_id, entry_id, given_on, channel) values (?, ?, current_date, 'LETTER')",
                id,
                entry);

        long measured = sql(
                admin,
                "insert into effect (initiative_id, title, goal_id) values (?, 'Effect', ?) returning id",
                id,
                goal);
        sql(
                admin,
                "insert into effect_comparison (initiative_id, effect_id, before_wave_id, after_wave_id) values (?, ?, ?, ?)",
                id,
                measured,
                waves[0],
                waves[1]);
        sql(admin, "insert into effect_indicator (effect_id, indicator_id) values (?, ?)", measured, indicator);

        sql(
                admin,
                "insert into initiative_signal (initiative_id, refreshed_at, participants, volunteers, volunteer_hours, responses, "
                        + "stories_with_consent, outcomes, outcomes_evidenced) values (?, now(), 12, 1, 2, 2, 1, 1, 0) on conflict do nothing",
                id);
        sql(
                admin,
                "insert into initiative_signal_theme (initiative_id, theme) values (?, ?) on conflict do nothing",
                id,
                "Thema " + secret);
        sql(
                admin,
                "insert into initiative_alert (initiative_id, kind, subject) values (?, 'WAVE_EMPTY', 'Ronde 1')",
                id);
        // visits are each account's own rows: the purge removes those of other accounts too
        sql(
                advisor,
                "insert into initiative_visit (account_id, initiative_id, visited_at) values (?, ?, now())",
                advisor.accountId(),
                id);
        sql(
                admin,
                "insert into initiative_visit (account_id, initiative_id, visited_at) values (?, ?, now())",
                admin.accountId(),
                id);

        long factSheet = sql(
                admin,
                "insert into fact_sheet (initiative_id, figures, story_ids, contact, logo, logo_type) "
                        + "values (?, 'VOLUNTEERS,PARTICIPANTS,STORIES', ?, 'Contact', decode(?, 'hex'), 'image/png') returning id",
                id,
                String.valueOf(story),
                HexFormat.of().formatHex(LOGO));
        sql(
                admin,
                "insert into fact_sheet_link (token_hash, initiative_id, expires_on) values (md5(cast(random() as text)) || md5(cast(random() as text)), ?, current_date + 30)",
                id);

        long session = sql(
                admin,
                "insert into workshop_session (title, starts_at, owner_id, join_code, status, closed_at) "
                        + "values ('Verandertheorie', now(), ?, 'ABCDEF', 'CLOSED', now()) returning id",
                advisor.accountId());
        sql(admin, "insert into workshop_session_initiative (session_id, initiative_id) values (?, ?)", session, id);
        sql(
                admin,
                "insert into audit_entry (initiative_id, account_id, occurred_at, action, subject_type, summary) "
                        + "values (?, ?, now(), 'UPDATE', 'goal', ?)",
                id,
                admin.accountId(),
                "Doel " + secret);

        return new Full(admin, id, name, boardAdmin, member, advisor, photo, factSheet, session, secret);
    }

    /** A new account on the initiative's board (with {@code role}) or, for an advisor, assigned to it. */
    private Tenancy.Scope person(Tenancy.Scope admin, String name, boolean advisor, String role) {
        Account account = new Account(InContainer.uniqueEmail(name.toLowerCase()), name);
        account.setAdvisor(advisor);
        long accountId = accounts.create(account, "geen-wachtwoord").getId();
        if (advisor) {
            sql(
                    admin,
                    "insert into advisor_assignment (initiative_id, account_id) values (?, ?)",
                    admin.initiativeId(),
                    accountId);
        } else {
            sql(
                    admin,
                    "insert into board_membership (initiative_id, account_id, role) values (?, ?, ?)",
                    admin.initiativeId(),
                    accountId,
                    role);
        }
        return new Tenancy.Scope(accountId, admin.initiativeId());
    }

    /**
     * One statement as the application role, in the scope's tenancy and under its row-level security;
     * its {@code ?} are numbered in order ({@code ?1}, {@code ?2}), as EclipseLink's native queries take them.
     */
    private long sql(Tenancy.Scope scope, String statement, Object... parameters) {
        StringBuilder numbered = new StringBuilder();
        int next = 1;
        for (char c : statement.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(next++);
            }
        }
        assertEquals(parameters.length, next - 1, statement);
        return Tenancy.with(scope, () -> rows.run(numbered.toString(), parameters));
    }

    /** Rows with the initiative's id in every table of the catalogue that has the column. */
    private static Map<String, Long> rowsOf(long initiativeId) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = ownerConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "select set_config('app.tenant_id', ?, true), set_config('app.purge_initiative', ?, true)")) {
                s.setString(1, String.valueOf(initiativeId));
                s.setString(2, String.valueOf(initiativeId));
                s.execute();
            }
            for (String table : catalogueTables(c)) {
                try (PreparedStatement s =
                        c.prepareStatement("select count(*) from " + table + " where initiative_id = ?")) {
                    s.setLong(1, initiativeId);
                    try (ResultSet found = s.executeQuery()) {
                        found.next();
                        counts.put(table, found.getLong(1));
                    }
                }
            }
            c.rollback();
        }
        return counts;
    }

    private static List<String> catalogueTables() throws SQLException {
        try (Connection c = ownerConnection()) {
            return catalogueTables(c);
        }
    }

    /** Every table in information_schema.columns with a column initiative_id. */
    private static List<String> catalogueTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                        select c.table_name from information_schema.columns c
                          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                         where c.table_schema = 'public' and c.column_name = 'initiative_id' and t.table_type = 'BASE TABLE'
                         order by c.table_name""");
                ResultSet found = s.executeQuery()) {
            while (found.next()) {
                tables.add(found.getString(1));
            }
        }
        assertTrue(tables.size() > 50, "the catalogue was read: " + tables);
        return tables;
    }

    /** One count as the schema owner, outside any tenancy (the initiative and workshop tables). */
    private static long owner(String query, long id) throws SQLException {
        try (Connection c = ownerConnection();
                PreparedStatement s = c.prepareStatement(query)) {
            s.setLong(1, id);
            try (ResultSet found = s.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        }
    }

    /** The schema owner, as the test server's environment names it (the portal migrates as this role). */
    private static Connection ownerConnection() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", System.getenv("PORTAL_DB_OWNER_USER"));
        login.setProperty("password", System.getenv("PORTAL_DB_OWNER_PASSWORD"));
        return new org.postgresql.Driver().connect(System.getenv("PORTAL_DB_URL"), login);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertTrue(entries.containsKey("LEESMIJ.txt"), "a complete export ends with its read-me: " + entries.keySet());
        return entries;
    }

    private static JsonArray json(Map<String, byte[]> zip, String table) {
        byte[] file = zip.get("json/" + table + ".json");
        assertNotNull(file, table + " has its JSON");
        return Json.createReader(new StringReader(new String(file, StandardCharsets.UTF_8)))
                .readArray();
    }

    /** The rows of a table's CSV, its header not counted (cells may hold line breaks). */
    private static long csvRecords(Map<String, byte[]> zip, String table) throws IOException {
        String csv = new String(zip.get("csv/" + table + ".csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), table + ": UTF-8 with a byte order mark");
        try (CSVParser parser = CSVFormat.Builder.create()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))) {
            assertTrue(parser.getHeaderNames().contains("initiative_id") || table.equals("initiative"), table);
            return parser.getRecords().size();
        }
    }
}
