package nl.cmostamm.portal.devserver;

import java.io.File;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import nl.cmostamm.portal.survey.LinkTokens;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The load benchmark of issue 4 (not a test: it prints figures). One wave of a six-question survey
 * (three Likert questions, yes/no, a mark, an open answer) takes anonymous submits at increasing
 * rates, open loop (each request leaves at its planned moment, whether earlier ones have finished
 * or not, and its latency counts from that moment). At every rate the same server also takes a
 * trivial JAX-RS POST at the same rate, as the yardstick, in slices that alternate with the
 * submits so that the noise of this shared machine falls on both alike. One submit in twenty is
 * sent twice with the same submission key, as a double click does. Afterwards the responses are counted in the
 * database: every accepted submission must be there exactly once.
 *
 * <p>Run with {@code mvn -Pbench verify -pl portal-web -am -Dbench.main=nl.cmostamm.portal.devserver.SurveyBenchmark};
 * {@code -Dbench.rates=100,200,300} and {@code -Dbench.seconds=10} set the steps.
 */
public final class SurveyBenchmark {

    private static final int[] RATES = Arrays.stream(
                    System.getProperty("bench.rates", "100,200,300,400,500").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    /** Seconds of each kind of request per rate, sent in slices that alternate between the two. */
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    private static final int SLICES = 5;
    private static final int DOUBLE_CLICK_EVERY = 20;

    private SurveyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("portal-survey-bench-");
        Path war = work.resolve("portal-bench.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")))
                .addClasses(TrivialPost.class, TrivialPost.BenchApi.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        int port = Integer.getInteger("bench.port", 18381);
        try (PortalDatabase database = PortalDatabase.embedded(
                work.resolve("postgres"), Integer.getInteger("bench.dbPort", 15533), "bench-owner", "bench-app")) {
            Map<String, String> environment = new HashMap<>(database.portalEnvironment());
            environment.put("PORTAL_DEMO", "false");
            environment.put("PORTAL_BASE_URL", "http://localhost:" + port);
            environment.put("PORTAL_SURVEY_SUBMITS_PER_MINUTE", "100000000");
            try (PortalServer server = PortalServer.start(
                    Path.of(System.getProperty("payara.microJar")),
                    war,
                    Path.of(System.getProperty("portal.config.dir")),
                    port,
                    environment,
                    work.resolve("payara.log"),
                    Duration.ofMinutes(5))) {
                Wave wave = survey(database);
                run(server.baseUrl(), database, wave);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    record Wave(long initiative, long id, String token, List<Long> questions) {}

    /** A request and, for a submit, its submission key. */
    private record Planned(HttpRequest request, String key) {}

    /** What one step of load gave: latencies, failures, and the submission keys the server accepted. */
    private record Step(List<Long> nanos, int failures, int sent, double seconds, Set<String> accepted) {

        static final Step NONE = new Step(List.of(), 0, 0, 0, Set.of());

        Step plus(Step other) {
            List<Long> all = new ArrayList<>(nanos);
            all.addAll(other.nanos);
            Set<String> keys = new java.util.HashSet<>(accepted);
            keys.addAll(other.accepted);
            return new Step(all, failures + other.failures, sent + other.sent, seconds + other.seconds, keys);
        }

        double achieved() {
            return (sent - failures) / seconds;
        }

        double p(int percent) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.isEmpty()
                    ? Double.NaN
                    : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
        }
    }

    private static void run(String baseUrl, PortalDatabase database, Wave wave) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String submitUrl = baseUrl + "/s/" + wave.token();
        String trivialUrl = baseUrl + "/bench-api/trivial";
        System.out.println("Warming up for 30 s");
        drive(http, 200, 10, i -> new Planned(post(trivialUrl, "a=1&b=2"), null), 200);
        Step warm = drive(
                http,
                200,
                20,
                i -> {
                    String key = UUID.randomUUID().toString();
                    return new Planned(post(submitUrl, form(wave, key, i)), key);
                },
                303);
        long expected = warm.accepted().size();

        System.out.printf(
                "%n%-8s %-10s %-26s %-26s %-8s %-7s %-7s %-7s%n",
                "rate/s",
                "achieved",
                "trivial POST p50 / p95 ms",
                "survey submit p50 / p95 ms",
                "p95 x",
                "failed",
                "lost",
                "doubled");
        int highest = 0;
        String highestLine = "none";
        for (int rate : RATES) {
            // alternate slices of each, so that noise on this shared machine falls on both alike
            Step trivial = Step.NONE;
            Step submits = Step.NONE;
            long before = count(database, wave);
            Map<Integer, String> keys = new ConcurrentHashMap<>();
            for (int slice = 0; slice < SLICES; slice++) {
                trivial = trivial.plus(
                        drive(http, rate, SECONDS / SLICES, i -> new Planned(post(trivialUrl, "a=1&b=2"), null), 200));
                int offset = slice * rate * (SECONDS / SLICES);
                submits = submits.plus(drive(
                        http,
                        rate,
                        SECONDS / SLICES,
                        n -> {
                            int i = offset + n;
                            // every twentieth request repeats the key of the one before: a double click
                            String key = i % DOUBLE_CLICK_EVERY == 1 && keys.containsKey(i - 1)
                                    ? keys.get(i - 1)
                                    : UUID.randomUUID().toString();
                            keys.put(i, key);
                            return new Planned(post(submitUrl, form(wave, key, i)), key);
                        },
                        303));
            }
            // every accepted submit had its 303 after its commit, and drive() waited for every answer
            long stored = count(database, wave) - before;
            long accepted = submits.accepted().size();
            long lost = Math.max(0, accepted - stored);
            long doubled = Math.max(0, stored - accepted);
            expected += accepted;
            double ratio = submits.p(95) / trivial.p(95);
            String line = String.format(
                    "%-8d %-10.0f %-26s %-26s %-8.2f %-7d %-7d %-7d",
                    rate,
                    submits.achieved(),
                    String.format("%.1f / %.1f", trivial.p(50), trivial.p(95)),
                    String.format("%.1f / %.1f", submits.p(50), submits.p(95)),
                    ratio,
                    submits.failures(),
                    lost,
                    doubled);
            System.out.println(line);
            if (submits.failures() == 0 && lost == 0 && doubled == 0 && submits.achieved() >= 0.95 * rate) {
                highest = rate;
                highestLine = line;
            }
        }
        long total = count(database, wave);
        System.out.printf(
                "%nIn the database: %d responses for %d accepted distinct submissions (%s)%n",
                total, expected, total == expected ? "none lost, none doubled" : "MISMATCH");
        System.out.printf(
                "Highest sustained rate with 0 failed, 0 lost and 0 doubled: %d submits/s%n  %s%n",
                highest, highestLine);
    }

    static HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** A complete, valid set of answers under the given submission key. */
    static String form(Wave wave, String key, int i) {
        List<Long> q = wave.questions();
        return "key=" + key + "&lang=nl&q" + q.get(0) + "=" + (1 + i % 5) + "&q" + q.get(1) + "=" + (1 + (i / 5) % 5)
                + "&q" + q.get(2) + "=4&q" + q.get(3) + "=" + (1 + i % 2) + "&q" + q.get(4) + "=" + (5 + i % 6)
                + "&q" + q.get(5) + "=Fijn+dat+er+iemand+kwam+%28" + i + "%29";
    }

    /**
     * Sends {@code rate × seconds} requests, each at its planned moment; a request counts as
     * failed unless its status is {@code ok}. For 303 answers the submission key is recorded.
     */
    private static Step drive(HttpClient http, int rate, int seconds, IntFunction<Planned> request, int ok)
            throws Exception {
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long planned = start + i * interval;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Planned next = request.apply(i);
            pending.add(http.sendAsync(next.request(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        nanos.add(System.nanoTime() - planned);
                        if (error != null || response.statusCode() != ok) {
                            failures.incrementAndGet();
                        } else if (next.key() != null) {
                            accepted.add(next.key());
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .get(2, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Step(nanos, failures.get(), total, elapsed, accepted);
    }

    static long count(PortalDatabase database, Wave wave) throws SQLException {
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            enter(c, wave.initiative());
            try (PreparedStatement s = c.prepareStatement("select count(*) from survey_response where wave_id = ?")) {
                s.setLong(1, wave.id());
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** An initiative with the client-satisfaction survey and one open wave. */
    static Wave survey(PortalDatabase database) throws SQLException {
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            long initiative = id(
                    c,
                    "insert into initiative (slug, name, municipality, province, social_basis_level) "
                            + "values ('bench', 'Bench', 'Groningen', 'GRONINGEN', 'COMMUNAL') returning id");
            enter(c, initiative);
            long survey = id(
                    c,
                    "insert into survey (initiative_id, name) values (" + initiative
                            + ", 'Tevredenheid') returning id");
            List<Long> questions = new ArrayList<>();
            String likert =
                    "'Helemaal mee oneens' || chr(10) || 'Mee oneens' || chr(10) || 'Neutraal' || chr(10) || 'Mee eens' || chr(10) || 'Helemaal mee eens'";
            String[] rows = {
                "'LIKERT', 'Ik ben tevreden over de hulp.', " + likert + ", true, null, null",
                "'LIKERT', 'De vrijwilliger kwam de afspraken na.', " + likert + ", true, null, null",
                "'LIKERT', 'Ik kan beter thuis blijven wonen.', " + likert + ", false, null, null",
                "'YES_NO', 'Zou u ons aanbevelen?', null, false, null, null",
                "'NUMBER', 'Welk rapportcijfer geeft u?', null, false, 1, 10",
                "'LONG_TEXT', 'Wat kan beter?', null, false, null, null"
            };
            for (int i = 0; i < rows.length; i++) {
                questions.add(id(
                        c,
                        "insert into survey_question (initiative_id, survey_id, position, type, text, options, required, "
                                + "number_min, number_max) values (" + initiative + ", " + survey + ", " + (i + 1)
                                + ", " + rows[i] + ") returning id"));
            }
            String token = LinkTokens.newToken();
            long wave = id(
                    c,
                    "insert into survey_wave (initiative_id, survey_id, name, kind, opens_on, closes_on, token) values ("
                            + initiative + ", " + survey + ", 'Bench', 'PERIODIC', '"
                            + LocalDate.now().minusDays(1) + "', '"
                            + LocalDate.now().plusDays(30) + "', '" + token + "') returning id");
            id(
                    c,
                    "insert into survey_link (token_hash, initiative_id, wave_id) values ('" + LinkTokens.hash(token)
                            + "', " + initiative + ", " + wave + ") returning wave_id");
            c.commit();
            return new Wave(initiative, wave, token, questions);
        }
    }

    static void enter(Connection c, long initiative) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            s.setString(1, String.valueOf(initiative));
            s.execute();
        }
    }

    static long id(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
