package nl.cmostamm.portal.devserver;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cmostamm.portal.testing.PortalClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fault drills of issue 16 (not a test: it prints figures for the README). A cluster of two
 * nodes behind HAProxy on a durable PostgreSQL (fsync and synchronous commit on, as in production),
 * with the demo data set, and a steady stream of anonymous survey submits through the proxy, each
 * with its own submission key, sent again with the same key until acknowledged (303), as a browser
 * whose first try failed would:
 *
 * <ul>
 *   <li>{@code kill}: a node is killed with SIGKILL and started again, alternately, N times;
 *   <li>{@code rolling}: each node in turn is drained in HAProxy, stopped, started and put back,
 *       while pages are read and submits made, counting every failed first try;
 *   <li>{@code postgres}: PostgreSQL is stopped with {@code pg_ctl stop -m immediate} and started
 *       again N times: readiness, the page visitors get meanwhile, recovery without a restart;
 *   <li>{@code races}: 1,000 edits of one goal from two sessions on the two nodes at once.
 * </ul>
 *
 * After each drill every acknowledged submission must be in the database exactly once. Run with
 * {@code mvn -Pbench verify -pl portal-web -am -Dbench.main=nl.cmostamm.portal.devserver.FaultDrill}
 * ({@code -Ddrill=kill,postgres} to choose, {@code -Ddrill.rounds=20}); needs root (PostgreSQL runs as
 * its own user) and Debian's haproxy.
 */
public final class FaultDrill {

    private static final String PASSWORD = "Inwonerskracht-demo-2026";
    private static final int ROUNDS = Integer.getInteger("drill.rounds", 20);
    private static final int EDITS = Integer.getInteger("drill.edits", 1000);
    private static final Duration START = Duration.ofMinutes(5);

    private FaultDrill() {}

    public static void main(String[] args) throws Exception {
        Set<String> drills = Set.of(
                System.getProperty("drill", "kill,rolling,postgres,races").split(","));
        Path bin = PortalDatabase.systemPostgresBin();
        if (bin == null) {
            throw new IllegalStateException("The drills stop PostgreSQL: run as root with PostgreSQL 15 installed");
        }
        Path work = Files.createTempDirectory("portal-drill-");
        try (PortalDatabase database = PortalDatabase.system(bin, 15633, "drill-owner", "drill-app", true)) {
            Map<String, String> environment = new HashMap<>(database.portalEnvironment());
            environment.put("PORTAL_DEMO", "true");
            environment.put("PORTAL_SURVEY_SUBMITS_PER_MINUTE", "1000000");
            System.out.println("Starting two nodes and HAProxy (logs in " + work + ") ...");
            try (PortalCluster cluster = PortalCluster.start(
                    Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("portal.war")),
                    Path.of(System.getProperty("portal.config.dir")),
                    work,
                    new PortalCluster.Ports(18290, List.of(18283, 18284), List.of(57120, 57121)),
                    "portal-drill",
                    environment,
                    START)) {
                SurveyBenchmark.Wave wave = SurveyBenchmark.survey(database);
                if (drills.contains("kill")) {
                    kill(cluster, database, wave);
                }
                if (drills.contains("rolling")) {
                    rolling(cluster, database, wave);
                }
                if (drills.contains("postgres")) {
                    postgres(cluster, database, wave);
                }
                if (drills.contains("races")) {
                    races(cluster, database);
                }
            }
        }
    }

    // ---- the drills

    private static void kill(PortalCluster cluster, PortalDatabase database, SurveyBenchmark.Wave wave)
            throws Exception {
        System.out.printf("%n== kill -9: %d times a node, alternately, under a stream of survey submits%n", ROUNDS);
        try (Submitter submits = new Submitter(cluster.baseUrl(), wave)) {
            for (int round = 1; round <= ROUNDS; round++) {
                int node = round % 2;
                TimeUnit.SECONDS.sleep(2);
                long before = submits.acknowledged.size();
                cluster.kill(node);
                long killed = System.nanoTime();
                cluster.restart(node, START);
                System.out.printf(
                        "round %2d: node %d killed; back in %4.1f s; %d submits acknowledged meanwhile%n",
                        round, node + 1, (System.nanoTime() - killed) / 1e9, submits.acknowledged.size() - before);
            }
            TimeUnit.SECONDS.sleep(2);
            submits.stop();
            report(submits, database, wave);
        }
    }

    private static void rolling(PortalCluster cluster, PortalDatabase database, SurveyBenchmark.Wave wave)
            throws Exception {
        System.out.println("\n== rolling restart: each node drained, stopped, started and put back, under load");
        try (Submitter submits = new Submitter(cluster.baseUrl(), wave);
                Reader reader = new Reader(cluster.baseUrl())) {
            for (int node = 0; node < 2; node++) {
                String server = "nodes/node" + (node + 1);
                TimeUnit.SECONDS.sleep(3);
                long started = System.nanoTime();
                // no new browsers, then none at all: the proxy sends even a node's own browsers elsewhere
                cluster.proxyCommand("set server " + server + " state drain");
                TimeUnit.SECONDS.sleep(2);
                cluster.proxyCommand("set server " + server + " state maint");
                awaitIdle(cluster, server);
                cluster.node(node).close();
                cluster.restart(node, START);
                cluster.proxyCommand("set server " + server + " state ready");
                awaitUp(cluster, server);
                System.out.printf(
                        "node %d: drained, restarted and back in service in %.1f s%n",
                        node + 1, (System.nanoTime() - started) / 1e9);
            }
            TimeUnit.SECONDS.sleep(3);
            submits.stop();
            reader.stop();
            System.out.printf(
                    "page reads: %d, failed: %d %s%n",
                    reader.reads.get(), reader.failures.get(), reader.failureSamples);
            report(submits, database, wave);
        }
    }

    private static void postgres(PortalCluster cluster, PortalDatabase database, SurveyBenchmark.Wave wave)
            throws Exception {
        System.out.printf("%n== PostgreSQL stopped with -m immediate %d times under submits, 3 s down each%n", ROUNDS);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Double> notReady = new ArrayList<>();
        List<Double> recovered = new ArrayList<>();
        Map<String, Integer> pages = new LinkedHashMap<>();
        try (Submitter submits = new Submitter(cluster.baseUrl(), wave)) {
            for (int round = 1; round <= ROUNDS; round++) {
                TimeUnit.SECONDS.sleep(2);
                database.stopImmediately();
                long stopped = System.nanoTime();
                awaitReadiness(cluster, http, 503);
                notReady.add((System.nanoTime() - stopped) / 1e9);
                // what a visitor of a survey link gets meanwhile, through the proxy
                HttpResponse<String> page = http.send(
                        HttpRequest.newBuilder(URI.create(cluster.baseUrl() + "/s/" + wave.token()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                pages.merge(page.statusCode() + " " + describe(page.body()), 1, Integer::sum);
                TimeUnit.MILLISECONDS.sleep(Math.max(0, 3000 - (System.nanoTime() - stopped) / 1_000_000));
                database.startAgain();
                long started = System.nanoTime();
                awaitReadiness(cluster, http, 200);
                long acknowledged = submits.acknowledged.size();
                while (submits.acknowledged.size() == acknowledged) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                recovered.add((System.nanoTime() - started) / 1e9);
                System.out.printf(
                        "round %2d: both nodes not ready after %.1f s; ready and acknowledging again %.1f s after the start%n",
                        round, notReady.getLast(), recovered.getLast());
            }
            TimeUnit.SECONDS.sleep(2);
            submits.stop();
            System.out.println("what a visitor got while the database was down: " + pages);
            System.out.printf(
                    "not ready after: max %.1f s; ready and acknowledging again after: max %.1f s (no node restarted)%n",
                    notReady.stream().mapToDouble(d -> d).max().orElse(0),
                    recovered.stream().mapToDouble(d -> d).max().orElse(0));
            report(submits, database, wave);
        }
    }

    private static void races(PortalCluster cluster, PortalDatabase database) throws Exception {
        System.out.printf("%n== %d edits of one goal from two sessions at once, one on each node%n", EDITS);
        long goal;
        long versionBefore;
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            long initiative = SurveyBenchmark.id(c, "select id from initiative where slug = 'middelstum'");
            SurveyBenchmark.enter(c, initiative);
            goal = SurveyBenchmark.id(c, "select min(id) from goal");
            versionBefore = SurveyBenchmark.id(c, "select version from goal where id = " + goal);
            c.rollback();
        }
        PortalClient[] sessions = {
            session(cluster, "node1", "bestuur.middelstum@demo.local"),
            session(cluster, "node2", "lid.middelstum@demo.local")
        };
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        Set<String> savedTexts = ConcurrentHashMap.newKeySet();
        List<String> otherSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> editors = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            PortalClient client = sessions[s];
            String who = s == 0 ? "A" : "B";
            editors.add(Thread.ofPlatform().start(() -> {
                for (int edit = 0; edit < EDITS / 2; edit++) {
                    String text = "Bewerking " + who + "-" + edit;
                    Document form = Jsoup.parse(
                            client.get("/app/goal/edit-goal.xhtml?id=" + goal).body());
                    Map<String, String> fields = values(form, "goal");
                    fields.put("goal:description", text);
                    String answer =
                            client.submitForm(form, "goal", fields, "goal:save").body();
                    if (answer.contains("Het doel is opgeslagen.")) {
                        saved.incrementAndGet();
                        savedTexts.add(text);
                    } else if (answer.contains("Iemand anders heeft dit intussen opgeslagen.")) {
                        conflicts.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                        if (otherSamples.size() < 3) {
                            otherSamples.add(describe(answer));
                        }
                    }
                }
            }));
        }
        for (Thread editor : editors) {
            editor.join();
        }
        long versionAfter;
        String description;
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            SurveyBenchmark.enter(c, SurveyBenchmark.id(c, "select id from initiative where slug = 'middelstum'"));
            versionAfter = SurveyBenchmark.id(c, "select version from goal where id = " + goal);
            try (PreparedStatement s = c.prepareStatement("select description from goal where id = ?")) {
                s.setLong(1, goal);
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    description = rows.getString(1);
                }
            }
            c.rollback();
        }
        System.out.printf(
                "edits: %d; saved: %d; shown as a conflict: %d; neither: %d %s%n",
                EDITS, saved.get(), conflicts.get(), other.get(), otherSamples);
        System.out.printf(
                "the goal's version went from %d to %d: %d saves, %s; its text is one that was reported saved: %s%n",
                versionBefore,
                versionAfter,
                versionAfter - versionBefore,
                versionAfter - versionBefore == saved.get() ? "exactly the saves reported" : "MISMATCH",
                savedTexts.contains(description));
    }

    // ---- helpers

    /** A logged-in session through the proxy, held to one node by the proxy's cookie. */
    private static PortalClient session(PortalCluster cluster, String node, String email) {
        PortalClient client = new PortalClient(cluster.baseUrl());
        HttpCookie cookie = new HttpCookie("PORTALNODE", node);
        cookie.setPath("/");
        // a plain cookie, as a browser sends it (version 1 would be sent quoted, which the proxy does not know)
        cookie.setVersion(0);
        client.cookies().getCookieStore().add(URI.create(cluster.baseUrl()), cookie);
        return PortalClient.loggedIn(client, email, PASSWORD);
    }

    /** The form's current values as a browser would send them: text, text areas, chosen options. */
    static Map<String, String> values(Document page, String formId) {
        Map<String, String> values = new HashMap<>();
        Element form = page.getElementById(formId);
        for (Element input : form.select("input[type=text], input:not([type])")) {
            values.put(input.attr("name"), input.attr("value"));
        }
        for (Element area : form.select("textarea")) {
            values.put(area.attr("name"), area.text());
        }
        for (Element select : form.select("select")) {
            Element chosen = select.selectFirst("option[selected]");
            if (chosen != null) {
                values.put(select.attr("name"), chosen.attr("value"));
            }
        }
        for (Element box : form.select("input[type=checkbox][checked]")) {
            values.put(box.attr("name"), box.attr("value"));
        }
        return values;
    }

    /** A page in a few words: its title and first heading, or that it is no HTML page. */
    private static String describe(String body) {
        Document page = Jsoup.parse(body);
        Element heading = page.selectFirst("h1");
        String words = page.title() + (heading == null ? "" : " / " + heading.text());
        return words.isBlank() ? "(" + body.length() + " bytes, no title)" : "\"" + words + "\"";
    }

    private static void awaitReadiness(PortalCluster cluster, HttpClient http, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int node = 0; node < 2; node++) {
            while (true) {
                int answer;
                try {
                    answer = http.send(
                                    HttpRequest.newBuilder(URI.create(
                                                    cluster.node(node).baseUrl() + "/health/ready"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (IOException e) {
                    answer = -1;
                }
                if (answer == status) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "node " + (node + 1) + " did not report " + status + " within 60 s");
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    /** Waits until the proxy has no connection open to {@code server} (its {@code scur} is 0). */
    private static void awaitIdle(PortalCluster cluster, String server) throws Exception {
        String[] name = server.split("/");
        for (int tries = 0; tries < 300; tries++) {
            for (String line : cluster.proxyCommand("show stat").split("\n")) {
                String[] fields = line.split(",");
                if (fields.length > 4
                        && fields[0].equals(name[0])
                        && fields[1].equals(name[1])
                        && fields[4].equals("0")) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException(server + " still had connections after 30 s");
    }

    /** Waits until the proxy's health check finds {@code server} up again. */
    private static void awaitUp(PortalCluster cluster, String server) throws Exception {
        String[] name = server.split("/");
        for (int tries = 0; tries < 300; tries++) {
            for (String line : cluster.proxyCommand("show stat").split("\n")) {
                String[] fields = line.split(",");
                if (fields.length > 17
                        && fields[0].equals(name[0])
                        && fields[1].equals(name[1])
                        && fields[17].startsWith("UP")) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException(server + " not up after 30 s");
    }

    /** The submits' figures, checked against the database. */
    private static void report(Submitter submits, PortalDatabase database, SurveyBenchmark.Wave wave)
            throws SQLException {
        List<String> stored = new ArrayList<>();
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            SurveyBenchmark.enter(c, wave.initiative());
            try (PreparedStatement s =
                    c.prepareStatement("select submission_key from survey_response where wave_id = ?")) {
                s.setLong(1, wave.id());
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
            }
            c.rollback();
        }
        Set<String> distinct = new HashSet<>(stored);
        Set<String> missing = new HashSet<>(submits.acknowledged);
        missing.removeAll(distinct);
        Set<String> ours = new HashSet<>(submits.acknowledged);
        ours.addAll(submits.gaveUp);
        long foreign = distinct.stream().filter(k -> !ours.contains(k)).count();
        System.out.printf(
                "submits: %d attempts for %d submissions; acknowledged %d (%d of them after a failed try, %d failed first"
                        + " tries); given up %d%n",
                submits.attempts.get(),
                submits.acknowledged.size() + submits.gaveUp.size(),
                submits.acknowledged.size(),
                submits.retried.get(),
                submits.firstTryFailures.get(),
                submits.gaveUp.size());
        System.out.printf(
                "database: %d rows (all waves of this run so far), %d distinct keys: duplicates %d; acknowledged but"
                        + " missing %d; unknown %d; first failures seen: %s%n",
                stored.size(),
                distinct.size(),
                stored.size() - distinct.size(),
                missing.size(),
                foreign,
                submits.failureSamples);
    }

    /** A steady stream of survey submits (about 25 a second), each sent again until acknowledged. */
    private static final class Submitter implements AutoCloseable {

        private static final int THREADS = 4;
        private static final int MAX_TRIES = 60;

        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> gaveUp = ConcurrentHashMap.newKeySet();
        final AtomicInteger attempts = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();
        final AtomicInteger firstTryFailures = new AtomicInteger();
        final Map<String, Integer> failureSamples = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Submitter(String baseUrl, SurveyBenchmark.Wave wave) {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            AtomicInteger counter = new AtomicInteger();
            for (int t = 0; t < THREADS; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        String key = java.util.UUID.randomUUID().toString();
                        String body = SurveyBenchmark.form(wave, key, counter.incrementAndGet());
                        for (int tries = 1; ; tries++) {
                            attempts.incrementAndGet();
                            String failure;
                            try {
                                HttpResponse<Void> response = http.send(
                                        SurveyBenchmark.post(baseUrl + "/s/" + wave.token(), body),
                                        HttpResponse.BodyHandlers.discarding());
                                if (response.statusCode() == 303) {
                                    acknowledged.add(key);
                                    if (tries > 1) {
                                        retried.incrementAndGet();
                                    }
                                    break;
                                }
                                failure = "HTTP " + response.statusCode();
                            } catch (IOException e) {
                                failure = e.getClass().getSimpleName();
                            } catch (InterruptedException e) {
                                return;
                            }
                            if (tries == 1) {
                                firstTryFailures.incrementAndGet();
                            }
                            failureSamples.merge(failure, 1, Integer::sum);
                            if (tries == MAX_TRIES) {
                                gaveUp.add(key);
                                break;
                            }
                            pause(500);
                        }
                        pause(160);
                    }
                }));
            }
        }

        private static void pause(long millis) {
            try {
                TimeUnit.MILLISECONDS.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }

    /** A board member reading her pages through the proxy, counting every answer that is not 200. */
    private static final class Reader implements AutoCloseable {

        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final Map<String, Integer> failureSamples = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Reader(String baseUrl) {
            PortalClient client =
                    PortalClient.loggedIn(new PortalClient(baseUrl), "bestuur.smilde@demo.local", PASSWORD);
            thread = Thread.ofPlatform().start(() -> {
                List<String> pages = List.of(
                        "/app/goal/goal-overview.xhtml", "/app/initiative/home.xhtml", "/app/logbook/week.xhtml");
                while (running.get()) {
                    String page = pages.get(reads.get() % pages.size());
                    try {
                        HttpResponse<String> response = client.get(page);
                        if (response.statusCode() != 200
                                || !response.uri().getPath().equals(page)) {
                            failures.incrementAndGet();
                            failureSamples.merge(
                                    response.statusCode() + " " + response.uri().getPath(), 1, Integer::sum);
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        failureSamples.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    reads.incrementAndGet();
                    Submitter.pause(100);
                }
            });
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
