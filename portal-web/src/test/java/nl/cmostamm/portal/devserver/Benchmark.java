package nl.cmostamm.portal.devserver;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.cmostamm.portal.security.PasswordHasher;
import nl.cmostamm.portal.testing.PortalClient;

/**
 * The load benchmark of issue 3 (not a test: it prints figures). A fresh PostgreSQL gets 500
 * initiatives with 20 indicators and 36 months of measurements each (360,000 values) and a
 * logbook of 200 requests each (100,000 requests); then Payara Micro serves the portal and 10 and
 * 20 concurrent board members, each in their own initiative, request the goal overview, the
 * logbook's week view and a trivial Faces page (the profile page, same template) in the same run.
 * Printed: p50 and p95 per page and concurrency, and the heavy pages' p95 against the trivial one.
 *
 * <p>Run with {@code mvn -Pbench verify -pl portal-web -am} (see the README); takes about three
 * minutes. {@code -Dbench.initiatives}, {@code -Dbench.rounds} scale it down for a quick look;
 * {@code -Dbench.keepLog=true} keeps Payara's log as {@code bench-payara.log} in the temporary
 * folder, since the run's own folder (with its database) is removed at the end.
 */
public final class Benchmark {

    private static final int INITIATIVES = Integer.getInteger("bench.initiatives", 500);
    private static final int INDICATORS = 20;
    private static final int MONTHS = 36;
    private static final int REQUESTS = 200;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
    static final String PASSWORD = "Bench-wachtwoord-2026";
    /** The pages measured, in the order they are printed; the trivial one first. */
    private static final List<Map.Entry<String, String>> PAGES = List.of(
            Map.entry("trivial page (profile)", "/app/account/profile.xhtml"),
            Map.entry("goal overview", "/app/goal/goal-overview.xhtml"),
            Map.entry("logbook week view", "/app/logbook/week.xhtml"),
            Map.entry("theory of change (30)", "/app/method/toc.xhtml"),
            Map.entry("outcome record", "/app/method/outcomes.xhtml"),
            Map.entry("advisor dashboard (all)", "/app/portfolio/portfolio.xhtml"));

    /** The pages an advisor opens (assigned to every initiative); the others a board member does. */
    private static final String DASHBOARD = "advisor dashboard (all)";

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Path war = Path.of(System.getProperty("portal.war"));
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        Path configDir = Path.of(System.getProperty("portal.config.dir"));
        Path work = Files.createTempDirectory("portal-bench-");
        int port = Integer.getInteger("bench.port", 18380);
        try (PortalDatabase database = PortalDatabase.embedded(
                work.resolve("postgres"), Integer.getInteger("bench.dbPort", 15532), "bench-owner", "bench-app")) {
            Map<String, String> environment = new HashMap<>(database.portalEnvironment());
            environment.put("PORTAL_DEMO", "false");
            environment.put("PORTAL_BASE_URL", "http://localhost:" + port);
            try (PortalServer server = PortalServer.start(
                    microJar, war, configDir, port, environment, work.resolve("payara.log"), Duration.ofMinutes(5))) {
                long loading = System.nanoTime();
                List<String> boardMembers = load(database);
                System.out.printf(
                        "Loaded %d initiatives x %d indicators x %d months and %d logbook requests each in %d s%n",
                        INITIATIVES,
                        INDICATORS,
                        MONTHS,
                        REQUESTS,
                        Duration.ofNanos(System.nanoTime() - loading).toSeconds());
                measure(server.baseUrl(), boardMembers);
            }
        } finally {
            if (Boolean.getBoolean("bench.keepLog")) {
                Files.copy(
                        work.resolve("payara.log"),
                        work.getParent().resolve("bench-payara.log"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Bulk data, written per initiative under that initiative's tenant, as row-level security demands. */
    static List<String> load(PortalDatabase database) throws SQLException {
        String hash = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS).hash(PASSWORD.toCharArray());
        List<String> emails = new ArrayList<>();
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            for (int i = 1; i <= INITIATIVES; i++) {
                long initiative = id(
                        c,
                        "insert into initiative (slug, name, municipality, province, social_basis_level) "
                                + "values ('bench-" + i + "', 'Bench-initiatief " + i + "', 'Gemeente " + (i % 40)
                                + "', 'GRONINGEN', 'COMMUNAL') returning id");
                long account = id(
                        c,
                        "insert into account (email, display_name, password_hash) values ('bestuur" + i
                                + "@bench.local', 'Bestuur " + i + "', '" + hash + "') returning id");
                emails.add("bestuur" + i + "@bench.local");
                try (Statement s = c.createStatement()) {
                    s.execute("select set_config('app.tenant_id', '" + initiative + "', true)");
                    s.execute("insert into board_membership (initiative_id, account_id, role) values (" + initiative
                            + ", " + account + ", 'BOARD_ADMIN')");
                    s.execute("insert into value_theme (initiative_id, name, position) values (" + initiative
                            + ", 'Sociale cohesie', 0)");
                    for (int g = 0; g < 4; g++) {
                        s.execute("insert into goal (initiative_id, title) values (" + initiative + ", 'Doel " + g
                                + "')");
                    }
                    s.execute(
                            "insert into indicator (initiative_id, goal_id, name, kind, value_type, target, position) "
                                    + "select " + initiative + ", (select id from goal where initiative_id = "
                                    + initiative
                                    + " order by id offset (n % 4) limit 1), 'Indicator ' || n, 'OUTPUT', 'COUNT', 100, n "
                                    + "from generate_series(1, " + INDICATORS + ") n");
                    s.execute("insert into measurement (initiative_id, indicator_id, period_start, period_end, value) "
                            + "select " + initiative
                            + ", i.id, d::date, (d + interval '1 month - 1 day')::date, (random() * 100)::int "
                            + "from indicator i, generate_series(date_trunc('month', current_date) - interval '"
                            + MONTHS + " months', "
                            + "date_trunc('month', current_date) - interval '1 month', interval '1 month') d "
                            + "where i.initiative_id = " + initiative);
                    s.execute("insert into help_category (initiative_id, name, position) select " + initiative
                            + ", 'Categorie ' || n, n from generate_series(1, 6) n");
                    s.execute("insert into volunteer (initiative_id, name) select " + initiative
                            + ", 'Vrijwilliger ' || n from generate_series(1, 25) n");
                    s.execute(
                            "insert into help_request (initiative_id, requested_on, help_category_id, requester, status) "
                                    + "select " + initiative + ", current_date - (n % 365), "
                                    + "(select id from help_category where initiative_id = " + initiative
                                    + " order by id offset (n % 6) limit 1), "
                                    + "'mevr. ' || n, 'DONE' from generate_series(1, " + REQUESTS + ") n");
                    s.execute("insert into help_assignment (initiative_id, help_request_id, volunteer_id, hours) "
                            + "select " + initiative + ", r.id, (select id from volunteer where initiative_id = "
                            + initiative
                            + " order by id offset (r.id % 25) limit 1), 1.5 from help_request r where r.initiative_id = "
                            + initiative);
                    theoryOfChange(s, initiative);
                    mostSignificantChange(s, initiative);
                    signal(s, initiative, i);
                }
                c.commit();
            }
            // twenty advisors with every initiative in their portfolio: the dashboard at full size
            for (int a = 1; a <= 20; a++) {
                long advisor = id(
                        c,
                        "insert into account (email, display_name, password_hash, advisor) values ('adviseur" + a
                                + "@bench.local', 'Adviseur " + a + "', '" + hash + "', true) returning id");
                for (int i = 1; i <= INITIATIVES; i++) {
                    try (Statement s = c.createStatement()) {
                        s.execute(
                                "select set_config('app.tenant_id', (select id::text from initiative where slug = 'bench-"
                                        + i + "'), true)");
                        s.execute("insert into advisor_assignment (initiative_id, account_id) select id, " + advisor
                                + " from initiative where slug = 'bench-" + i + "'");
                    }
                }
                c.commit();
            }
        }
        return emails;
    }

    /**
     * The initiative's dashboard signal as a refresh leaves it, fresh (so opening the dashboard
     * works nothing out again), with two alerts and a theme: what the dashboard reads per row.
     */
    private static void signal(Statement s, long initiative, int i) throws SQLException {
        s.execute(
                "insert into initiative_signal (initiative_id, refreshed_at, last_activity, phase, methods, participants,"
                        + " volunteers, volunteer_hours, responses, stories_with_consent, outcomes, outcomes_evidenced,"
                        + " sroi_ratio, sroi_low, sroi_high, sroi_final_on) values (" + initiative
                        + ", now() + interval '1 day',"
                        + " now() - interval '" + (i % 30) + " days', '"
                        + (i % 3 == 0 ? "STARTING" : i % 3 == 1 ? "RUNNING" : "ESTABLISHED")
                        + "', '" + (i % 2 == 0 ? "SROI,THEORY_OF_CHANGE" : "NARRATIVE") + "', " + (100 + i)
                        + ", 25, 600, "
                        + (i % 50) + ", 12, 5, 3, 3.2, 2.4, 4.1, current_date - 30)");
        s.execute("insert into initiative_signal_theme (initiative_id, theme) values (" + initiative
                + ", 'Sociale cohesie')");
        s.execute("insert into initiative_alert (initiative_id, kind, subject, due_on) values (" + initiative
                + ", 'WAVE_CLOSING', 'Tevredenheid – Najaar', current_date + 3), (" + initiative
                + ", 'INDICATOR_STALE', 'Indicator 7', current_date - 120)");
    }

    /**
     * A Theory of Change of 30 elements over the seven levels (4 or 5 each), each element linked to
     * one of the next level with an assumption, and every output, outcome and impact tied to two
     * indicators: the size the issue asks the page to stay readable at.
     */
    private static void theoryOfChange(Statement s, long initiative) throws SQLException {
        s.execute("insert into toc_element (initiative_id, level, title, description, position) select " + initiative
                + ", (array['PROBLEM','GOAL','INPUT','ACTIVITY','OUTPUT','OUTCOME','IMPACT'])[1 + (n - 1) % 7], "
                + "'Onderdeel ' || n || ' van de keten, met een omschrijving van een zin', "
                + "'Toelichting bij onderdeel ' || n, n from generate_series(1, 30) n");
        s.execute("insert into toc_link (initiative_id, from_element, to_element, assumption, confidence) "
                + "select " + initiative + ", e.id, (select t.id from toc_element t where t.initiative_id = "
                + initiative + " and t.position = e.position + 1), 'Aanname bij verband ' || e.position, "
                + "(array['LOW','MEDIUM','HIGH'])[1 + e.position % 3] from toc_element e where e.initiative_id = "
                + initiative + " and e.position < 30");
        s.execute("insert into toc_element_indicator (element_id, indicator_id) select e.id, i.id "
                + "from toc_element e join indicator i on i.initiative_id = e.initiative_id "
                + "and i.position in (e.position % 20 + 1, (e.position + 7) % 20 + 1) where e.initiative_id = "
                + initiative + " and e.level in ('OUTPUT', 'OUTCOME', 'IMPACT')");
    }

    /**
     * An MSC round of twelve stories with consent in three domains, each standing for an outcome of
     * the chain, a team's choice per domain: what the outcome record shows beside the indicators.
     */
    private static void mostSignificantChange(Statement s, long initiative) throws SQLException {
        s.execute("insert into story (initiative_id, title, body, told_on, teller_role) select " + initiative
                + ", 'Verhaal ' || n, 'Wat er voor mij veranderde, verhaal ' || n, current_date - n, 'CARER' "
                + "from generate_series(1, 12) n");
        s.execute("insert into story_consent (initiative_id, story_id, given_by, internal_learning, reports, given_on) "
                + "select " + initiative + ", id, 'PERSON', true, true, current_date from story where initiative_id = "
                + initiative);
        s.execute("insert into msc_domain (initiative_id, name, toc_element_id) select " + initiative
                + ", 'Domein ' || e.position, e.id from toc_element e where e.initiative_id = " + initiative
                + " and e.level = 'OUTCOME' order by e.position limit 3");
        s.execute("insert into msc_round (initiative_id, title, question, collect_from, collect_until) values ("
                + initiative + ", 'Ronde', 'Wat is de belangrijkste verandering?', current_date - 90, current_date)");
        s.execute("insert into msc_entry (initiative_id, round_id, domain_id, story_id, significance) select "
                + initiative + ", r.id, (select d.id from msc_domain d where d.initiative_id = " + initiative
                + " order by d.id offset (st.id % 3) limit 1), st.id, 'Omdat het ertoe doet' from msc_round r, story st "
                + "where r.initiative_id = " + initiative + " and st.initiative_id = " + initiative);
        s.execute("insert into msc_panel (initiative_id, round_id, stage, name, held_on, members) select " + initiative
                + ", id, 1, 'Team', current_date, 'Het team' from msc_round where initiative_id = " + initiative);
        s.execute("insert into msc_selection (initiative_id, panel_id, domain_id, entry_id, reason) select distinct on "
                + "(e.domain_id) " + initiative + ", p.id, e.domain_id, e.id, 'Omdat dit het meest zegt' "
                + "from msc_entry e join msc_panel p on p.round_id = e.round_id where e.initiative_id = " + initiative
                + " order by e.domain_id, e.id");
    }

    private static void measure(String baseUrl, List<String> emails) throws Exception {
        System.out.printf("%n%-24s %5s %9s %9s %9s %9s%n", "page", "users", "p50 ms", "p95 ms", "requests", "KB");
        for (int users : new int[] {10, 20}) {
            List<PortalClient> clients = new ArrayList<>();
            List<PortalClient> advisors = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                PortalClient client = PortalClient.loggedIn(
                        new PortalClient(baseUrl), emails.get(u * (emails.size() / 20)), PASSWORD);
                if (client.get("/app/goal/goal-overview.xhtml").statusCode() != 200) {
                    throw new IllegalStateException("A board member did not reach their goal overview");
                }
                clients.add(client);
                PortalClient advisor = PortalClient.loggedIn(
                        new PortalClient(baseUrl), "adviseur" + (u + 1) + "@bench.local", PASSWORD);
                if (!advisor.get("/app/portfolio/portfolio.xhtml").body().contains("Bench-initiatief")) {
                    throw new IllegalStateException("An advisor did not see the portfolio");
                }
                advisors.add(advisor);
            }
            // warm up every page on every client, so the JIT and the pools are in their working state
            Map<String, Integer> sizes = new HashMap<>();
            for (int u = 0; u < users; u++) {
                for (Map.Entry<String, String> page : PAGES) {
                    PortalClient client = page.getKey().equals(DASHBOARD) ? advisors.get(u) : clients.get(u);
                    sizes.put(page.getKey(), client.get(page.getValue()).body().length());
                }
            }
            Map<String, List<Long>> timings = new HashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(users);
            List<Future<Map<String, List<Long>>>> runs = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                PortalClient board = clients.get(u);
                PortalClient advisor = advisors.get(u);
                runs.add(pool.submit(() -> {
                    Map<String, List<Long>> mine = new HashMap<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        // the same client interleaves the pages, so they share the same load
                        for (Map.Entry<String, String> page : PAGES) {
                            PortalClient client = page.getKey().equals(DASHBOARD) ? advisor : board;
                            long start = System.nanoTime();
                            HttpResponse<String> response = client.get(page.getValue());
                            long elapsed = System.nanoTime() - start;
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException(page.getValue() + " gave " + response.statusCode());
                            }
                            mine.computeIfAbsent(page.getKey(), k -> new ArrayList<>())
                                    .add(elapsed);
                        }
                    }
                    return mine;
                }));
            }
            for (Future<Map<String, List<Long>>> run : runs) {
                run.get()
                        .forEach((page, list) -> timings.computeIfAbsent(page, k -> new ArrayList<>())
                                .addAll(list));
            }
            pool.shutdown();
            double trivialP95 = percentile(timings.get("trivial page (profile)"), 95);
            for (String page : PAGES.stream().map(Map.Entry::getKey).toList()) {
                List<Long> list = timings.get(page);
                System.out.printf(
                        "%-24s %5d %9.1f %9.1f %9d %9d%s%n",
                        page,
                        users,
                        percentile(list, 50),
                        percentile(list, 95),
                        list.size(),
                        sizes.get(page) / 1024,
                        page.startsWith("trivial")
                                ? ""
                                : String.format("   p95 = %.2f x trivial", percentile(list, 95) / trivialP95));
            }
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
