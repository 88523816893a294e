package nl.cmostamm.portal.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cmostamm.portal.method.effect.LonelinessScale;
import nl.cmostamm.portal.security.PasswordHasher;
import nl.cmostamm.portal.survey.LinkTokens;

/**
 * Test data, written straight into the test database as the owner role. The owner is subject to
 * row-level security too (FORCE), so rows of an initiative are written with that initiative set as
 * the transaction's tenant, exactly as the application does; only the initiative row itself is not
 * forced (so that migrations see every initiative) and is written without a tenant. Every name is made unique, so tests
 * never depend on each other's data.
 */
public final class Fixtures {

    /** The password of every account a fixture makes. */
    public static final String PASSWORD = "Proef-wachtwoord-2026";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String passwordHash;

    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    private static synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS).hash(PASSWORD.toCharArray());
        }
        return passwordHash;
    }

    /** An initiative with the given name; its slug is derived and unique. */
    public static Initiative initiative(String name, String municipality) {
        String slug = unique("ini").toLowerCase();
        long id = insert(
                "insert into initiative (slug, name, municipality, province, social_basis_level, mission) "
                        + "values (?, ?, ?, 'DRENTHE', 'COMMUNAL', ?) returning id",
                slug,
                name,
                municipality,
                "Missie van " + name);
        return new Initiative(id, slug, name);
    }

    public static Person account(String displayName, boolean admin, boolean advisor) {
        String email = unique("persoon").toLowerCase() + "@test.local";
        long id = insert(
                "insert into account (email, display_name, password_hash, admin, advisor) values (?, ?, ?, ?, ?) returning id",
                email,
                displayName,
                passwordHash(),
                admin,
                advisor);
        return new Person(id, email, displayName);
    }

    public static Person boardMember(Initiative initiative, String role) {
        Person person = account("Bestuurder " + COUNTER.incrementAndGet(), false, false);
        inTenant(
                initiative.id(),
                "insert into board_membership (initiative_id, account_id, role) values (?, ?, ?)",
                initiative.id(),
                person.id(),
                role);
        return person;
    }

    public static Person advisorOf(Initiative... initiatives) {
        Person person = account("Adviseur " + COUNTER.incrementAndGet(), false, true);
        for (Initiative initiative : initiatives) {
            inTenant(
                    initiative.id(),
                    "insert into advisor_assignment (initiative_id, account_id) values (?, ?)",
                    initiative.id(),
                    person.id());
        }
        return person;
    }

    public static void theme(Initiative initiative, String name) {
        inTenant(
                initiative.id(),
                "insert into value_theme (initiative_id, name, position) values (?, ?, 0)",
                initiative.id(),
                name);
    }

    /** A goal of the initiative; returns its id. */
    public static long goal(Initiative initiative, String title) {
        return inTenant(
                initiative.id(),
                "insert into goal (initiative_id, title) values (?, ?) returning id",
                initiative.id(),
                title);
    }

    /** A monthly count indicator of the goal with a target; returns its id. */
    public static long indicator(Initiative initiative, long goalId, String name, int target) {
        return inTenant(
                initiative.id(),
                "insert into indicator (initiative_id, goal_id, name, kind, value_type, target) "
                        + "values (?, ?, ?, 'OUTPUT', 'COUNT', ?) returning id",
                initiative.id(),
                goalId,
                name,
                target);
    }

    /** The value of an indicator for the month starting on {@code monthStart}. */
    public static void measurement(Initiative initiative, long indicatorId, LocalDate monthStart, int value) {
        inTenant(
                initiative.id(),
                "insert into measurement (initiative_id, indicator_id, period_start, period_end, value) "
                        + "values (?, ?, ?, ?, ?) returning id",
                initiative.id(),
                indicatorId,
                monthStart,
                monthStart.plusMonths(1).minusDays(1),
                value);
    }

    /** An activity of the initiative, registered once on {@code day}; returns the activity's id. */
    public static long activity(Initiative initiative, String name, LocalDate day, int participants) {
        long id = inTenant(
                initiative.id(),
                "insert into activity (initiative_id, name) values (?, ?) returning id",
                initiative.id(),
                name);
        inTenant(
                initiative.id(),
                "insert into activity_occurrence (initiative_id, activity_id, occurred_on, participants) "
                        + "values (?, ?, ?, ?)",
                initiative.id(),
                id,
                day,
                participants);
        return id;
    }

    /** A category of help requests of the initiative, after the ones it has; returns its id. */
    public static long helpCategory(Initiative initiative, String name) {
        return inTenant(
                initiative.id(),
                "insert into help_category (initiative_id, name, position) "
                        + "values (?, ?, (select count(*) from help_category where initiative_id = ?)) returning id",
                initiative.id(),
                name,
                initiative.id());
    }

    /** A volunteer who likes helping with the given category; returns the volunteer's id. */
    public static long volunteer(Initiative initiative, String name, long categoryId) {
        long id = inTenant(
                initiative.id(),
                "insert into volunteer (initiative_id, name, phone) values (?, ?, '06-11111111') returning id",
                initiative.id(),
                name);
        inTenant(
                initiative.id(),
                "insert into volunteer_affinity (volunteer_id, help_category_id) values (?, ?)",
                id,
                categoryId);
        return id;
    }

    /** A help request of today in the category, answered by the volunteer in {@code hours}; returns its id. */
    public static long helpRequest(
            Initiative initiative, long categoryId, String requester, long volunteerId, int hours) {
        long id = inTenant(
                initiative.id(),
                "insert into help_request (initiative_id, requested_on, help_category_id, requester, status) "
                        + "values (?, current_date, ?, ?, 'DONE') returning id",
                initiative.id(),
                categoryId,
                requester);
        inTenant(
                initiative.id(),
                "insert into help_assignment (initiative_id, help_request_id, volunteer_id, hours) values (?, ?, ?, ?)",
                initiative.id(),
                id,
                volunteerId,
                hours);
        return id;
    }

    /** A story of the initiative with consent for internal learning and reports; returns its id. */
    public static long story(Initiative initiative, String title) {
        long id = inTenant(
                initiative.id(),
                "insert into story (initiative_id, title, body, told_on, teller_role) "
                        + "values (?, ?, 'Het verhaal van ' || ?, current_date, 'CARER') returning id",
                initiative.id(),
                title,
                title);
        inTenant(
                initiative.id(),
                "insert into story_consent (initiative_id, story_id, given_by, internal_learning, reports, given_on) "
                        + "values (?, ?, 'PERSON', true, true, current_date)",
                initiative.id(),
                id);
        return id;
    }

    /** Allows publication of a story made by {@link #story}, as a board records a teller's consent. */
    public static void allowPublication(Initiative initiative, long storyId) {
        inTenant(initiative.id(), "update story_consent set publication = true where story_id = ?", storyId);
    }

    /**
     * The initiative's fact sheet with three figures and the given story ids, written as a row (ids
     * of another initiative included, to show they are never shown); returns its id.
     */
    public static long factSheet(Initiative initiative, long... storyIds) {
        return inTenant(
                initiative.id(),
                "insert into fact_sheet (initiative_id, figures, story_ids, contact) "
                        + "values (?, 'VOLUNTEERS,PARTICIPANTS,STORIES', ?, 'Contact van het initiatief') returning id",
                initiative.id(),
                java.util.Arrays.stream(storyIds)
                        .mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
    }

    /** A survey of the initiative with one required Likert question; returns the survey's id. */
    /** An element of the initiative's Theory of Change. */
    public static long tocElement(Initiative initiative, String level, String title) {
        return inTenant(
                initiative.id(),
                "insert into toc_element (initiative_id, level, title) values (?, ?, ?) returning id",
                initiative.id(),
                level,
                title);
    }

    /** A link between two elements, with an assumption. */
    public static long tocLink(Initiative initiative, long from, long to, String assumption) {
        return inTenant(
                initiative.id(),
                "insert into toc_link (initiative_id, from_element, to_element, assumption) "
                        + "values (?, ?, ?, ?) returning id",
                initiative.id(),
                from,
                to,
                assumption);
    }

    /**
     * A small Theory of Change (an activity leading to an output tied to {@code indicatorId}, with an
     * assumption) and a frozen version of it; returns the output's id and the version's id.
     */
    public static long[] theoryOfChange(Initiative initiative, long indicatorId) {
        long activity = tocElement(initiative, "ACTIVITY", "Koffieochtend in het dorpshuis");
        long output = tocElement(initiative, "OUTPUT", "Ouderen komen op de koffie");
        tocElement(initiative, "OUTCOME", "Ouderen voelen zich minder alleen");
        inTenant(
                initiative.id(),
                "insert into toc_element_indicator (element_id, indicator_id) values (?, ?)",
                output,
                indicatorId);
        tocLink(initiative, activity, output, "Een vaste ochtend maakt de stap kleiner");
        long version = tocVersion(
                initiative,
                "Verandertheorie 2025",
                "{\"elements\":[{\"id\":" + activity + ",\"level\":\"ACTIVITY\",\"title\":\"Koffieochtend\","
                        + "\"indicators\":[],\"stories\":0,\"surveys\":[]}],\"links\":[]}");
        return new long[] {output, version};
    }

    /** A frozen version holding {@code json} as its chain. */
    public static long tocVersion(Initiative initiative, String label, String json) {
        return inTenant(
                initiative.id(),
                "insert into toc_version (initiative_id, number, label, chain) "
                        + "values (?, (select coalesce(max(number), 0) + 1 from toc_version), ?, ?) returning id",
                initiative.id(),
                label,
                json);
    }

    public static long survey(Initiative initiative, String name) {
        long id = inTenant(
                initiative.id(),
                "insert into survey (initiative_id, name) values (?, ?) returning id",
                initiative.id(),
                name);
        inTenant(
                initiative.id(),
                "insert into survey_question (initiative_id, survey_id, position, type, text, options, required) "
                        + "values (?, ?, 1, 'LIKERT', ?, ?, true)",
                initiative.id(),
                id,
                "Vraag van " + name,
                "Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens");
        return id;
    }

    /** The id of a survey's first question. */
    public static long firstQuestion(Initiative initiative, long surveyId) {
        return inTenant(
                initiative.id(),
                "select id from survey_question where survey_id = ? order by position limit 1",
                surveyId);
    }

    /**
     * A wave of the survey, open today when {@code open} (else closed since yesterday), with its
     * public link; returns the link's token.
     */
    public static String wave(Initiative initiative, long surveyId, String name, boolean open) {
        String token = LinkTokens.newToken();
        LocalDate today = LocalDate.now();
        long id = inTenant(
                initiative.id(),
                "insert into survey_wave (initiative_id, survey_id, name, kind, opens_on, closes_on, token) "
                        + "values (?, ?, ?, 'PRE', ?, ?, ?) returning id",
                initiative.id(),
                surveyId,
                name,
                open ? today : today.minusDays(10),
                open ? today.plusDays(14) : today.minusDays(1),
                token);
        inTenant(
                initiative.id(),
                "insert into survey_link (token_hash, initiative_id, wave_id) values (?, ?, ?)",
                LinkTokens.hash(token),
                initiative.id(),
                id);
        return token;
    }

    /** The id of the wave a token opens. */
    public static long waveOf(Initiative initiative, String token) {
        return inTenant(initiative.id(), "select id from survey_wave where token = ?", token);
    }

    /** How many responses a wave has, counted in the database. */
    public static long responses(Initiative initiative, long waveId) {
        return inTenant(initiative.id(), "select count(*) from survey_response where wave_id = ?", waveId);
    }

    /** A stakeholder group of the initiative; returns its id. */
    public static long stakeholderGroup(Initiative initiative, String name) {
        return inTenant(
                initiative.id(),
                "insert into stakeholder_group (initiative_id, name, involvement) values (?, ?, 'CONSULT') returning id",
                initiative.id(),
                name);
    }

    /**
     * A recorded method choice of the initiative: a running initiative with stories that wants
     * recognition and has some time, choosing {@code methods} (comma-separated names of
     * {@code Method}), with the advisor's note; returns its id.
     */
    public static long methodChoice(Initiative initiative, String methods, String advisorNote) {
        return inTenant(
                initiative.id(),
                "insert into method_choice (initiative_id, purposes, euros, existing_data, capacity, outside_help, "
                        + "phase, methods, advisor_note, note_at) values (?, 'LEARNING,RECOGNITION', 'NO', 'STORIES', "
                        + "'SOME', 'NONE', 'RUNNING', ?, ?, now()) returning id",
                initiative.id(),
                methods,
                advisorNote);
    }

    /** The id of a proxy of the knowledge centre's library (V12 seeds a dozen); it belongs to no initiative. */
    public static long firstProxy() {
        return insert("select min(id) from sroi_proxy");
    }

    /**
     * An SROI analysis of the initiative with one stakeholder, one input of € 1.000 and one outcome
     * (10 × € 500, nothing deducted), final when asked; returns the analysis' and the outcome's id.
     */
    public static long[] sroiAnalysis(Initiative initiative, String title, boolean finalised) {
        long group = stakeholderGroup(initiative, unique("Bezoekers"));
        long analysis = inTenant(
                initiative.id(),
                "insert into sroi_analysis (initiative_id, title, kind, period_start, period_end) "
                        + "values (?, ?, 'FORECAST', date '2025-01-01', date '2025-12-31') returning id",
                initiative.id(),
                title);
        long stakeholder = inTenant(
                initiative.id(),
                "insert into sroi_stakeholder (initiative_id, analysis_id, group_id) values (?, ?, ?) returning id",
                initiative.id(),
                analysis,
                group);
        inTenant(
                initiative.id(),
                "insert into sroi_input (initiative_id, analysis_id, stakeholder_id, kind, description, amount) "
                        + "values (?, ?, ?, 'MONEY', 'Subsidie', 1000) returning id",
                initiative.id(),
                analysis,
                stakeholder);
        long outcome = inTenant(
                initiative.id(),
                "insert into sroi_outcome (initiative_id, analysis_id, stakeholder_id, description, evidence, "
                        + "estimate_source, quantity, duration, proxy_description, proxy_value, proxy_source) "
                        + "values (?, ?, ?, 'Minder eenzaam', 'ESTIMATE', 'Gesprekken', 10, 1, 'Waarde', 500, 'Bron') "
                        + "returning id",
                initiative.id(),
                analysis,
                stakeholder);
        if (finalised) {
            inTenant(
                    initiative.id(),
                    "update sroi_analysis set status = 'FINAL', finalised_at = now() where id = ?",
                    analysis);
        }
        return new long[] {analysis, outcome};
    }

    /**
     * A Most Significant Change round of the initiative: a domain, the story entered under it, a
     * panel of stage 1 that chose it and why; returns the round's, the panel's, the domain's and
     * the entry's id.
     */
    public static long[] mscRound(Initiative initiative, String title, long storyId) {
        long domain = inTenant(
                initiative.id(),
                "insert into msc_domain (initiative_id, name) values (?, ?) returning id",
                initiative.id(),
                "Domein " + title);
        long round = inTenant(
                initiative.id(),
                "insert into msc_round (initiative_id, title, question, collect_from, collect_until) "
                        + "values (?, ?, 'Wat is voor u de belangrijkste verandering?', current_date - 30, current_date + 30) "
                        + "returning id",
                initiative.id(),
                title);
        long entry = inTenant(
                initiative.id(),
                "insert into msc_entry (initiative_id, round_id, domain_id, story_id, significance) "
                        + "values (?, ?, ?, ?, 'Omdat ik weer meedoe.') returning id",
                initiative.id(),
                round,
                domain,
                storyId);
        long panel = inTenant(
                initiative.id(),
                "insert into msc_panel (initiative_id, round_id, stage, name, held_on, members) "
                        + "values (?, ?, 1, 'Team', current_date, 'Anja, Bert') returning id",
                initiative.id(),
                round);
        inTenant(
                initiative.id(),
                "insert into msc_selection (initiative_id, panel_id, domain_id, entry_id, reason) "
                        + "values (?, ?, ?, ?, ?)",
                initiative.id(),
                panel,
                domain,
                entry,
                "Reden van het panel bij " + title);
        return new long[] {round, panel, domain, entry};
    }

    /**
     * An effect of the initiative standing for the goal, with one comparison of two waves (of one
     * survey, the earlier first); returns the effect's id.
     */
    public static long effect(Initiative initiative, String title, long goalId, long beforeWaveId, long afterWaveId) {
        long id = inTenant(
                initiative.id(),
                "insert into effect (initiative_id, title, goal_id) values (?, ?, ?) returning id",
                initiative.id(),
                title,
                goalId);
        effectComparison(initiative, id, beforeWaveId, afterWaveId);
        return id;
    }

    /** Another comparison of two waves for an effect; returns its id. */
    public static long effectComparison(Initiative initiative, long effectId, long beforeWaveId, long afterWaveId) {
        return inTenant(
                initiative.id(),
                "insert into effect_comparison (initiative_id, effect_id, before_wave_id, after_wave_id) "
                        + "values (?, ?, ?, ?) returning id",
                initiative.id(),
                effectId,
                beforeWaveId,
                afterWaveId);
    }

    /** Ties an indicator to an effect as its evidence. */
    public static void effectIndicator(Initiative initiative, long effectId, long indicatorId) {
        inTenant(
                initiative.id(),
                "insert into effect_indicator (effect_id, indicator_id) values (?, ?)",
                effectId,
                indicatorId);
    }

    /**
     * A survey asking the six statements of the De Jong Gierveld loneliness scale as the template
     * words them (single choice: 1 Ja, 2 Min of meer, 3 Nee), which effect measurement recognises
     * and scores.
     */
    public static LonelinessSurvey lonelinessSurvey(Initiative initiative, String name) {
        long id = inTenant(
                initiative.id(),
                "insert into survey (initiative_id, name) values (?, ?) returning id",
                initiative.id(),
                name);
        long[] items = new long[LonelinessScale.ITEMS];
        for (int i = 0; i < items.length; i++) {
            items[i] = inTenant(
                    initiative.id(),
                    "insert into survey_question (initiative_id, survey_id, position, type, text, options, required) "
                            + "values (?, ?, ?, 'SINGLE', ?, 'Ja' || chr(10) || 'Min of meer' || chr(10) || 'Nee', false) "
                            + "returning id",
                    initiative.id(),
                    id,
                    i + 1,
                    LonelinessScale.DUTCH_ITEMS.get(i));
        }
        return new LonelinessSurvey(id, items);
    }

    /**
     * A response to a wave of a loneliness survey scoring {@code total} (0 to 6): the first
     * {@code total} statements answered the lonely way ("Ja" to a negative statement, "Nee" to a
     * positive one), the rest the other way; with {@code skipped} statements at the end left open.
     */
    public static void lonelinessResponse(
            Initiative initiative, LonelinessSurvey survey, long waveId, int total, int skipped) {
        StringBuilder answers = new StringBuilder();
        for (int i = 0; i < LonelinessScale.ITEMS - skipped; i++) {
            // statements 1, 4 and 6 are negative (emotional), 2, 3 and 5 positive (social)
            boolean negative = i == 0 || i == 3 || i == 5;
            boolean lonely = i < total;
            answers.append(answers.isEmpty() ? "" : ", ")
                    .append("(")
                    .append(initiative.id())
                    .append(", (select id from r), ")
                    .append(survey.items()[i])
                    .append(", ")
                    .append(lonely == negative ? 1 : 3)
                    .append(")");
        }
        // one statement per respondent: the response and its answers (ids and choices are numbers of our own)
        inTenant(
                initiative.id(),
                "with r as (insert into survey_response (initiative_id, wave_id, submission_key, submitted_on, language) "
                        + "values (?, ?, ?, current_date, 'nl') returning id) "
                        + "insert into survey_answer (initiative_id, response_id, question_id, choice) values "
                        + answers,
                initiative.id(),
                waveId,
                UUID.randomUUID().toString());
    }

    /**
     * A comparison for the effect of two waves of a new loneliness survey, an earlier (closed) and a
     * later (open) one, with twelve respondents each, enough for every figure and the classes' chart,
     * the later one lonelier less often, and in the later wave one more who left two statements
     * open and cannot be scored; returns the comparison's id.
     */
    public static long lonelinessComparison(Initiative initiative, long effectId) {
        LonelinessSurvey scale = lonelinessSurvey(initiative, unique("Ervaren eenzaamheid"));
        long before = waveOf(initiative, wave(initiative, scale.id(), "Voormeting", false));
        long after = waveOf(initiative, wave(initiative, scale.id(), "Nameting", true));
        for (int i = 0; i < 12; i++) {
            lonelinessResponse(initiative, scale, before, 1 + i % 6, 0);
            lonelinessResponse(initiative, scale, after, i % 4, 0);
        }
        lonelinessResponse(initiative, scale, after, 0, 2);
        return effectComparison(initiative, effectId, before, after);
    }

    /**
     * Runs one statement in a transaction whose tenant is {@code initiativeId}; returns the first
     * column of its first row when it returns rows (an insert ... returning id), else 0.
     */
    public static long inTenant(long initiativeId, String sql, Object... parameters) {
        try (Connection c = TestEnvironment.database().connectAsOwner()) {
            c.setAutoCommit(false);
            try (PreparedStatement tenant = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                tenant.setString(1, String.valueOf(initiativeId));
                tenant.execute();
            }
            long result = 0;
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                bind(statement, parameters);
                if (statement.execute()) {
                    try (ResultSet rows = statement.getResultSet()) {
                        result = rows.next() ? rows.getLong(1) : 0;
                    }
                }
            }
            c.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(String sql, Object... parameters) {
        try (Connection c = TestEnvironment.database().connectAsOwner();
                PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** A workshop session as an advisor plans it: the stakeholder map, tomorrow evening; its id and join code. */
    public static WorkshopSession workshopSession(Person owner, Initiative initiative, String title) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        long tenant = initiative == null ? 0 : initiative.id();
        long id = inTenant(
                tenant,
                "insert into workshop_session (title, starts_at, owner_id, join_code, status)"
                        + " values (?, now() + interval '1 day', ?, ?, 'OPEN') returning id",
                title,
                owner.id(),
                code.toString());
        if (initiative != null) {
            // written in the initiative's tenancy, where its row is visible, as the policy asks
            inTenant(
                    tenant,
                    "insert into workshop_session_initiative (session_id, initiative_id) values (?, ?)",
                    id,
                    initiative.id());
        }
        inTenant(
                tenant,
                "insert into workshop_session_exercise (session_id, position, exercise_version_id)"
                        + " select ?, 0, v.id from exercise_version v join exercise e on e.id = v.exercise_id"
                        + " where e.code = 'stakeholder-map' and v.number = 1",
                id);
        return new WorkshopSession(id, code.toString());
    }

    public record WorkshopSession(long id, String code) {}

    public record Initiative(long id, String slug, String name) {}

    public record Person(long id, String email, String name) {}

    /** A survey holding the loneliness scale: its id and its six questions' ids, statement 1 first. */
    public record LonelinessSurvey(long id, long[] items) {}
}
