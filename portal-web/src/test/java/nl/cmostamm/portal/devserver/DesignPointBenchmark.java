package nl.cmostamm.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The design-point benchmark of issue 16 (not a test: it prints figures). A region's portal on one
 * node (or, with {@code -Dbench.nodes=2}, two nodes behind HAProxy): the page benchmark's 500
 * initiatives with their data and twenty advisors, four live workshops and a survey wave. First
 * 700 live sessions are made, group by group, with the heap measured after a full collection before
 * and after each group: 450 board members logged in, 30 advisors and 220 workshop participants (four
 * rooms of 55); survey respondents are anonymous and hold no session, each one a new browser. Then
 * the request mix of a busy Tuesday evening is sent open loop (each request leaves at its planned
 * moment and its latency counts from then, so a slow server cannot slow the load down) at rising
 * rates, 130 dynamic requests a second being the design point, until the p95 of all requests passes
 * 500 ms. Printed per rate: p50, p95 and failures per kind of page, the heap after a full collection
 * and the resident memory; at the end, what the logged-in sessions freed when they logged out.
 *
 * <p>Of every 130 requests: board members 58 (home 10, goal overview 10, logbook week 10, Theory of
 * Change 8, outcome record 8, a goal's form 6 and its save 6), advisors 12 (dashboard 8, a municipality's roll-up 4),
 * survey respondents 30 (the form 15, the submit 15), workshop participants 30 (their step page 20, of
 * which 10 come before an answer, and the answer 10). A save or an answer follows its own form's page in the same session, as in a browser.
 *
 * <p>Run with {@code mvn -Pbench verify -pl portal-web -am -Dbench.main=nl.cmostamm.portal.devserver.DesignPointBenchmark}
 * (about ten minutes); {@code -Dbench.rates=130,260}, {@code -Dbench.seconds=60}, {@code
 * -Dbench.nodes=2} (root: Debian's haproxy) and {@code -Dbench.heap=1g} (a production node's) set
 * the run. The servers' and the proxy's logs are kept as {@code design-point-*.log} in the temporary
 * folder.
 */
public final class DesignPointBenchmark {

    private static final int[] RATES = Arrays.stream(System.getProperty("bench.rates", "130,195,260,325,390,455,520")
                    .split(","))
            .mapToInt(Integer::parseInt)
            .toArray();

    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int NODES = Integer.getInteger("bench.nodes", 1);
    private static final int BOARD_SESSIONS = 450;
    private static final int ADVISOR_SESSIONS = 30;
    private static final int ROOMS = 4;
    private static final int PER_ROOM = 55;
    private static final double LIMIT_MS = 500;

    /** The kinds of request measured, each with its share of every 130. */
    enum Kind {
        BOARD_HOME("board: home", "/app/initiative/home.xhtml", 10),
        BOARD_GOALS("board: goal overview", "/app/goal/goal-overview.xhtml", 10),
        BOARD_WEEK("board: logbook week", "/app/logbook/week.xhtml", 10),
        BOARD_TOC("board: theory of change", "/app/method/toc.xhtml", 8),
        BOARD_OUTCOMES("board: outcome record", "/app/method/outcomes.xhtml", 8),
        BOARD_GOAL_FORM("board: goal form", null, 6),
        BOARD_GOAL_SAVE("board: goal save (ajax)", null, 6),
        ADVISOR_DASHBOARD("advisor: dashboard (500)", "/app/portfolio/portfolio.xhtml", 8),
        ADVISOR_ROLLUP("advisor: municipality roll-up", "/app/portfolio/rollup.xhtml?municipality=Gemeente%207", 4),
        SURVEY_FORM("survey: form", null, 15),
        SURVEY_SUBMIT("survey: submit", null, 15),
        WORKSHOP_STEP("workshop: step page", "/workshop/step.xhtml", 20),
        WORKSHOP_ANSWER("workshop: answer (ajax)", null, 10);

        final String label;
        final String path;
        final int share;

        Kind(String label, String path, int share) {
            this.label = label;
            this.path = path;
            this.share = share;
        }
    }

    /**
     * What one planned moment starts: a page, or a page followed by the post of its form. The
     * second request's share is carried by its kind; only the first is scheduled.
     */
    private static final List<Kind> STARTS = Arrays.stream(Kind.values())
            .filter(kind -> kind != Kind.BOARD_GOAL_SAVE && kind != Kind.SURVEY_SUBMIT)
            .toList();

    private DesignPointBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("portal-design-point-");
        System.setProperty("portal.node.heap", System.getProperty("bench.heap", "1g"));
        try (PortalDatabase database = PortalDatabase.embedded(
                work.resolve("postgres"), Integer.getInteger("bench.dbPort", 15535), "bench-owner", "bench-app")) {
            Map<String, String> environment = new HashMap<>(database.portalEnvironment());
            environment.put("PORTAL_DEMO", "false");
            // every simulated person comes from this machine's one address
            environment.put("PORTAL_SURVEY_SUBMITS_PER_MINUTE", "100000000");
            environment.put("PORTAL_WORKSHOP_JOINS_PER_MINUTE", "100000000");
            if (NODES == 1) {
                int port = Integer.getInteger("bench.port", 18384);
                environment.put("PORTAL_BASE_URL", "http://127.0.0.1:" + port);
                try (PortalServer server = PortalServer.start(
                        Path.of(System.getProperty("payara.microJar")),
                        Path.of(System.getProperty("portal.war")),
                        Path.of(System.getProperty("portal.config.dir")),
                        port,
                        environment,
                        work.resolve("payara.log"),
                        Duration.ofMinutes(5))) {
                    run(server.baseUrl(), database, List.of(server));
                }
            } else {
                System.out.println("Starting two nodes and HAProxy (logs in " + work + ") ...");
                try (PortalCluster cluster = PortalCluster.start(
                        Path.of(System.getProperty("payara.microJar")),
                        Path.of(System.getProperty("portal.war")),
                        Path.of(System.getProperty("portal.config.dir")),
                        work.resolve("cluster"),
                        new PortalCluster.Ports(18390, List.of(18385, 18386), List.of(57130, 57131)),
                        "portal-design-point",
                        environment,
                        Duration.ofMinutes(5))) {
                    run(cluster.baseUrl(), database, List.of(cluster.node(0), cluster.node(1)));
                }
            }
        } finally {
            // the servers' and the proxy's logs outlive the run's folder (and its database)
            try (var logs = Files.walk(work)) {
                for (Path log : logs.filter(f -> f.toString().endsWith(".log")).toList()) {
                    Files.copy(
                            log,
                            work.getParent().resolve("design-point-" + log.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    private static void run(String baseUrl, PortalDatabase database, List<PortalServer> nodes) throws Exception {
        long loading = System.nanoTime();
        List<String> boardMembers = Benchmark.load(database);
        List<String> codes = workshops(database);
        SurveyBenchmark.Wave wave = SurveyBenchmark.survey(database);
        Map<String, Long> goals = goals(database);
        System.out.printf(
                "Loaded %d initiatives with their data, %d live workshops and a survey wave in %d s%n",
                boardMembers.size(),
                codes.size(),
                Duration.ofNanos(System.nanoTime() - loading).toSeconds());

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Memory memory = new Memory(nodes);
        Population people = new Population();
        memory.mark("no sessions yet", 0);

        // board members: 450 sessions over the 500 initiatives, each opening their home page
        for (int i = 0; i < BOARD_SESSIONS; i++) {
            String email = boardMembers.get(i % boardMembers.size());
            Visitor board = Visitor.login(http, baseUrl, email, Benchmark.PASSWORD);
            board.goal = goals.get(email);
            board.expectOk(Kind.BOARD_HOME.path);
            people.board.add(board);
        }
        memory.mark("450 board members logged in, home page open", BOARD_SESSIONS);
        for (int i = 0; i < ADVISOR_SESSIONS; i++) {
            Visitor advisor =
                    Visitor.login(http, baseUrl, "adviseur" + (i % 20 + 1) + "@bench.local", Benchmark.PASSWORD);
            advisor.expectOk(Kind.ADVISOR_DASHBOARD.path);
            people.advisors.add(advisor);
        }
        memory.mark("30 advisors logged in, dashboard open", ADVISOR_SESSIONS);
        for (int i = 0; i < ROOMS * PER_ROOM; i++) {
            people.participants.add(Visitor.join(http, baseUrl, codes.get(i % ROOMS), "Deelnemer " + (i + 1)));
        }
        memory.mark("220 workshop participants joined, step page open", ROOMS * PER_ROOM);
        HttpResponse<String> form =
                new Visitor(http, baseUrl).get("/s/" + wave.token()).get();
        System.out.printf(
                "%d sessions made; a survey respondent holds none (the form page set %s)%n",
                people.size(),
                form.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))
                        ? "a session cookie"
                        : "no session cookie");

        Load load = new Load(people, wave, http, baseUrl);
        System.out.println("Warming up for 30 s at 65 requests a second ...");
        load.drive(65, 30);
        memory.mark("after the warm-up (each session's views as a browser's after a few pages)", people.size());

        System.out.printf("%n%-28s %7s %9s %9s %9s %7s%n", "kind", "rate", "requests", "p50 ms", "p95 ms", "failed");
        for (int rate : RATES) {
            Results results = load.drive(rate, SECONDS);
            for (Kind kind : Kind.values()) {
                List<Long> nanos = results.nanos.get(kind);
                System.out.printf(
                        "%-28s %7d %9d %9.0f %9.0f %7d%n",
                        kind.label,
                        rate,
                        nanos.size(),
                        percentile(nanos, 50),
                        percentile(nanos, 95),
                        results.failed.get(kind).get());
            }
            List<Long> all = results.all();
            double p95 = percentile(all, 95);
            System.out.printf(
                    "%-28s %7d %9d %9.0f %9.0f %7d   achieved %.0f requests/s, %d conflicts shown%n",
                    "ALL",
                    rate,
                    all.size(),
                    percentile(all, 50),
                    p95,
                    results.failures(),
                    all.size() / results.seconds,
                    results.conflicts.get());
            results.samples.forEach(
                    (kind, sample) -> System.out.println("    first failed " + kind.label + ": " + sample));
            memory.mark("after " + rate + " requests a second", people.size());
            System.out.println();
            if (p95 > LIMIT_MS) {
                System.out.printf("The p95 of all requests passed %.0f ms at %d requests a second.%n", LIMIT_MS, rate);
                break;
            }
        }
        // what the logged-in sessions hold after the load, apart from the caches the load filled:
        // the heap before and after each board member and advisor logs out
        memory.mark("after the last rate, before logging out", 0);
        for (Visitor visitor : people.board) {
            visitor.logOut();
        }
        for (Visitor visitor : people.advisors) {
            visitor.logOut();
        }
        memory.mark(
                "after 480 board members and advisors logged out (sessions ended)",
                -(people.board.size() + people.advisors.size()));
        memory.print();
    }

    /** The sessions, per kind of visitor. */
    private static final class Population {
        final List<Visitor> board = new ArrayList<>();
        final List<Visitor> advisors = new ArrayList<>();
        final List<Visitor> participants = new ArrayList<>();

        int size() {
            return board.size() + advisors.size() + participants.size();
        }
    }

    /** What one rate gave. */
    private static final class Results {
        final Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);
        final Map<Kind, AtomicInteger> failed = new EnumMap<>(Kind.class);
        final AtomicInteger conflicts = new AtomicInteger();
        /** The first failure of each kind, to say what went wrong. */
        final Map<Kind, String> samples = new ConcurrentHashMap<>();

        double seconds;

        Results() {
            for (Kind kind : Kind.values()) {
                nanos.put(kind, Collections.synchronizedList(new ArrayList<>()));
                failed.put(kind, new AtomicInteger());
            }
        }

        void record(Kind kind, long planned, boolean ok, String what) {
            nanos.get(kind).add(System.nanoTime() - planned);
            if (!ok) {
                failed.get(kind).incrementAndGet();
                samples.putIfAbsent(kind, what);
            }
        }

        List<Long> all() {
            List<Long> all = new ArrayList<>();
            nanos.values().forEach(all::addAll);
            return all;
        }

        int failures() {
            return failed.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    /** The open-loop load: each start at its planned moment, spread over the kinds by their shares. */
    private static final class Load {
        private final Population people;
        private final SurveyBenchmark.Wave wave;
        private final HttpClient http;
        private final String baseUrl;
        private final Random random = new Random(16);
        private final List<Kind> deck = new ArrayList<>();
        private final AtomicInteger submits = new AtomicInteger();

        Load(Population people, SurveyBenchmark.Wave wave, HttpClient http, String baseUrl) {
            this.people = people;
            this.wave = wave;
            this.http = http;
            this.baseUrl = baseUrl;
            for (Kind kind : STARTS) {
                // an answer starts with its step page, which counts among the step pages' share
                int starts = kind == Kind.WORKSHOP_STEP ? kind.share - Kind.WORKSHOP_ANSWER.share : kind.share;
                for (int i = 0; i < starts; i++) {
                    deck.add(kind);
                }
            }
        }

        /** Sends {@code rate} requests a second for {@code seconds} and waits for every answer. */
        Results drive(int rate, int seconds) throws Exception {
            Results results = new Results();
            // the requests a start brings: one, or two for a form and its post
            double requestsPerStart = 130.0 / deck.size();
            long interval = (long) (TimeUnit.SECONDS.toNanos(1) * requestsPerStart / rate);
            long starts = (long) seconds * TimeUnit.SECONDS.toNanos(1) / interval;
            List<CompletableFuture<?>> pending = new ArrayList<>();
            long begin = System.nanoTime();
            for (long i = 0; i < starts; i++) {
                long planned = begin + i * interval;
                long wait = planned - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Kind kind = deck.get(random.nextInt(deck.size()));
                pending.add(start(kind, planned, results));
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .exceptionally(e -> null)
                    .get(5, TimeUnit.MINUTES);
            results.seconds = (System.nanoTime() - begin) / 1e9;
            return results;
        }

        private CompletableFuture<?> start(Kind kind, long planned, Results results) {
            return switch (kind) {
                case BOARD_HOME, BOARD_GOALS, BOARD_WEEK, BOARD_TOC, BOARD_OUTCOMES ->
                    page(pick(people.board), kind, kind.path, planned, results);
                case ADVISOR_DASHBOARD, ADVISOR_ROLLUP ->
                    page(pick(people.advisors), kind, kind.path, planned, results);
                case WORKSHOP_STEP -> page(pick(people.participants), kind, kind.path, planned, results);
                case BOARD_GOAL_FORM -> {
                    Visitor board = pick(people.board);
                    yield board.get("/app/goal/edit-goal.xhtml?id=" + board.goal)
                            .thenCompose(form -> {
                                results.record(kind, planned, form.statusCode() == 200, form.statusCode() + "");
                                if (form.statusCode() != 200) {
                                    return CompletableFuture.completedFuture(null);
                                }
                                Document page = Jsoup.parse(form.body());
                                Map<String, String> fields = FaultDrill.values(page, "goal");
                                fields.put("goal:description", "Bijgewerkt om " + System.nanoTime());
                                long sent = System.nanoTime();
                                return board.ajax(page, "goal", fields, "goal:save", "@form pageMessages")
                                        .thenAccept(saved -> {
                                            // saved: back to the overview, where the message waits
                                            boolean ok = saved.statusCode() == 200
                                                    && saved.body().contains("goal-overview.xhtml\"></redirect>");
                                            boolean conflict = saved.body()
                                                    .contains("Iemand anders heeft dit intussen opgeslagen.");
                                            if (conflict) {
                                                results.conflicts.incrementAndGet();
                                            }
                                            results.record(
                                                    Kind.BOARD_GOAL_SAVE,
                                                    sent,
                                                    ok || conflict,
                                                    saved.statusCode() + " " + snippet(saved.body()));
                                        });
                            });
                }
                case SURVEY_FORM -> {
                    // each respondent is someone else: a fresh browser with the flyer's link
                    Visitor respondent = new Visitor(http, baseUrl);
                    yield respondent.get("/s/" + wave.token()).thenCompose(form -> {
                        results.record(kind, planned, form.statusCode() == 200, form.statusCode() + "");
                        String key = UUID.randomUUID().toString();
                        long sent = System.nanoTime();
                        return respondent
                                .post("/s/" + wave.token(), SurveyBenchmark.form(wave, key, submits.incrementAndGet()))
                                .thenAccept(answer -> results.record(
                                        Kind.SURVEY_SUBMIT,
                                        sent,
                                        answer.statusCode() == 303,
                                        answer.statusCode() + ""));
                    });
                }
                case WORKSHOP_ANSWER -> {
                    Visitor participant = pick(people.participants);
                    yield participant.get(Kind.WORKSHOP_STEP.path).thenCompose(step -> {
                        results.record(Kind.WORKSHOP_STEP, planned, step.statusCode() == 200, step.statusCode() + "");
                        Document page = Jsoup.parse(step.body());
                        if (step.statusCode() != 200 || page.getElementById("answer") == null) {
                            results.record(kind, planned, false, "no answer form on the step page");
                            return CompletableFuture.completedFuture(null);
                        }
                        long sent = System.nanoTime();
                        return participant
                                .ajax(
                                        page,
                                        "answer",
                                        Map.of("answer:text", "Ouderen lopen vast op kleine dingen (" + sent + ")"),
                                        "answer:save",
                                        "answer stepAnnouncer")
                                .thenAccept(saved -> results.record(
                                        kind,
                                        sent,
                                        saved.statusCode() == 200
                                                && saved.body().contains("savedNote"),
                                        saved.statusCode() + " " + snippet(saved.body())));
                    });
                }
                case BOARD_GOAL_SAVE, SURVEY_SUBMIT -> throw new IllegalArgumentException(kind + " follows its form");
            };
        }

        private CompletableFuture<?> page(Visitor visitor, Kind kind, String path, long planned, Results results) {
            return visitor.get(path).handle((response, error) -> {
                results.record(
                        kind,
                        planned,
                        error == null && response.statusCode() == 200,
                        error != null ? error.toString() : String.valueOf(response.statusCode()));
                return null;
            });
        }

        private Visitor pick(List<Visitor> visitors) {
            synchronized (random) {
                return visitors.get(random.nextInt(visitors.size()));
            }
        }
    }

    private static String snippet(String body) {
        String text = body.replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /**
     * One browser: its cookies, kept by hand so that 700 of them share one HTTP client (and its
     * connections) instead of a client and a selector thread each.
     */
    static final class Visitor {
        private static final Pattern SOCKET_PAGE = Pattern.compile("/workshop/step\\.xhtml");
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        private final HttpClient http;
        private final String baseUrl;
        long goal;

        Visitor(HttpClient http, String baseUrl) {
            this.http = http;
            this.baseUrl = baseUrl;
        }

        static Visitor login(HttpClient http, String baseUrl, String email, String password) throws Exception {
            Visitor visitor = new Visitor(http, baseUrl);
            Document page = Jsoup.parse(visitor.get("/login.xhtml").get().body());
            HttpResponse<String> after = visitor.follow(visitor.submit(
                            page, "login", Map.of("login:email", email, "login:password", password), "login:submit")
                    .get());
            if (after.uri().getPath().endsWith("login.xhtml")) {
                throw new IllegalStateException("Login failed for " + email);
            }
            return visitor;
        }

        static Visitor join(HttpClient http, String baseUrl, String code, String name) throws Exception {
            Visitor visitor = new Visitor(http, baseUrl);
            Document page = Jsoup.parse(
                    visitor.get("/workshop/join.xhtml?code=" + code).get().body());
            HttpResponse<String> step = visitor.follow(
                    visitor.submit(page, "join", Map.of("join:code", code, "join:name", name), "join:submit")
                            .get());
            Matcher onStep = SOCKET_PAGE.matcher(step.uri().getPath());
            if (!onStep.find() || !step.body().contains("id=\"answer\"")) {
                throw new IllegalStateException(name + " did not reach an answerable step: " + step.uri());
            }
            return visitor;
        }

        /** Logs out through the menu, as the user would: the session ends. */
        void logOut() throws Exception {
            Document page = Jsoup.parse(get("/app/account/profile.xhtml").get().body());
            HttpResponse<String> out =
                    submit(page, "menu", Map.of(), "menu:logout").get();
            if (out.statusCode() / 100 != 3) {
                throw new IllegalStateException("Logging out gave " + out.statusCode());
            }
        }

        void expectOk(String path) throws Exception {
            HttpResponse<String> response = get(path).get();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " gave " + response.statusCode());
            }
        }

        CompletableFuture<HttpResponse<String>> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        }

        CompletableFuture<HttpResponse<String>> post(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        /** The form posted as a full page request, as the login and join buttons do. */
        CompletableFuture<HttpResponse<String>> submit(
                Document page, String formId, Map<String, String> fields, String button) {
            Map<String, String> values = formValues(page, formId);
            values.putAll(fields);
            values.put(button, button);
            return post(action(page, formId), encode(values));
        }

        /** The form posted as PrimeFaces' ajax does for a command button. */
        CompletableFuture<HttpResponse<String>> ajax(
                Document page, String formId, Map<String, String> fields, String button, String render) {
            Map<String, String> values = formValues(page, formId);
            values.putAll(fields);
            values.put("jakarta.faces.partial.ajax", "true");
            values.put("jakarta.faces.source", button);
            values.put("jakarta.faces.partial.execute", formId);
            values.put("jakarta.faces.partial.render", render);
            values.put(button, button);
            return send(HttpRequest.newBuilder(URI.create(baseUrl + action(page, formId)))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(values))));
        }

        /** Follows redirects as a browser does, with the cookies they set. */
        HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
                String location = current.headers().firstValue("Location").orElseThrow();
                URI next = current.uri().resolve(location);
                current = send(HttpRequest.newBuilder(next).GET()).get();
            }
            return current;
        }

        private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            return http.sendAsync(
                            request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> {
                        for (String header : response.headers().allValues("Set-Cookie")) {
                            String pair = header.split(";", 2)[0];
                            int equals = pair.indexOf('=');
                            String name = pair.substring(0, equals).trim();
                            String value = pair.substring(equals + 1).trim().replace("\"", "");
                            if (header.toLowerCase().contains("max-age=0")) {
                                cookies.remove(name);
                            } else {
                                cookies.put(name, value);
                            }
                        }
                        return response;
                    });
        }

        private String action(Document page, String formId) {
            String action = page.getElementById(formId).attr("action");
            String context = URI.create(baseUrl).getPath();
            return context.isEmpty() ? action : action.replaceFirst("^" + Pattern.quote(context), "");
        }

        private static Map<String, String> formValues(Document page, String formId) {
            Element form = page.getElementById(formId);
            if (form == null) {
                throw new IllegalStateException("No form " + formId + " on the page " + page.title());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Element input : form.select("input[type=hidden]")) {
                values.put(input.attr("name"), input.attr("value"));
            }
            Element script = page.selectFirst("script[nonce]");
            if (script != null) {
                values.put("primefaces.nonce", script.attr("nonce"));
            }
            return values;
        }

        private static String encode(Map<String, String> values) {
            return values.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    /**
     * The nodes' memory: the heap in use right after a full collection (what the sessions and
     * caches hold, not garbage waiting) and the resident set of each node's process.
     */
    private static final class Memory {
        private final List<PortalServer> nodes;
        private final List<String> lines = new ArrayList<>();
        private long firstHeap = -1;
        private long lastHeap = -1;

        Memory(List<PortalServer> nodes) {
            this.nodes = nodes;
        }

        void mark(String moment, int sessions) throws IOException, InterruptedException {
            long heap = 0;
            long rss = 0;
            for (PortalServer node : nodes) {
                jcmd(node.pid(), "GC.run");
                heap += heapUsedKb(jcmd(node.pid(), "GC.heap_info"));
                rss += rssKb(node.pid());
            }
            // a group's line: what its sessions added; a line after load: all sessions against none
            boolean afterLoad = moment.startsWith("after") && sessions > 0;
            long since = afterLoad ? firstHeap : lastHeap;
            String perSession = since < 0 || sessions == 0
                    ? ""
                    : sessions < 0
                            ? String.format("   %,.0f KB freed a session", (since - heap) / (double) -sessions)
                            : String.format("   %+,.0f KB a session", (heap - since) / (double) sessions);
            String line = String.format(
                    "%-74s heap %,7.0f MB   RSS %,7.0f MB%s", moment, heap / 1024.0, rss / 1024.0, perSession);
            lines.add(line);
            System.out.println(line);
            if (firstHeap < 0) {
                firstHeap = heap;
            }
            if (!afterLoad) {
                lastHeap = heap;
            }
        }

        void print() {
            System.out.printf(
                    "%nMemory (%d node%s, summed; heap after a full collection):%n",
                    nodes.size(), nodes.size() == 1 ? "" : "s");
            lines.forEach(System.out::println);
        }

        private static String jcmd(long pid, String command) throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(pid),
                            command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(60, TimeUnit.SECONDS);
            return out;
        }

        private static long heapUsedKb(String heapInfo) {
            Matcher used = Pattern.compile("heap .*?, used (\\d+)K").matcher(heapInfo);
            if (!used.find()) {
                throw new IllegalStateException("No heap figures in: " + heapInfo);
            }
            return Long.parseLong(used.group(1));
        }

        private static long rssKb(long pid) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        }
    }

    /** Four live workshops of the ToC step plan, on its first (written) question, for the advisors' rooms. */
    private static List<String> workshops(PortalDatabase database) throws SQLException {
        List<String> codes = List.of("BNCHA2", "BNCHB3", "BNCHC4", "BNCHD5");
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            for (String code : codes) {
                long session = SurveyBenchmark.id(
                        c,
                        "insert into workshop_session (title, starts_at, owner_id, join_code, status, opened_at) "
                                + "select 'Verandertheorie " + code + "', now(), id, '" + code
                                + "', 'OPEN', now() from account where email = 'adviseur1@bench.local' returning id");
                SurveyBenchmark.id(
                        c,
                        "insert into workshop_session_exercise (session_id, position, exercise_version_id) select "
                                + session + ", 0, v.id from exercise_version v join exercise e on e.id = v.exercise_id "
                                + "where e.code = 'toc-step-plan' and v.number = 1 returning session_id");
            }
            c.commit();
        }
        return codes;
    }

    /** Each board member's first goal, the one their form opens. */
    private static Map<String, Long> goals(PortalDatabase database) throws SQLException {
        Map<String, Long> goals = new HashMap<>();
        try (Connection c = database.connectAsOwner()) {
            c.setAutoCommit(false);
            List<Long> initiatives = new ArrayList<>();
            try (var s = c.createStatement();
                    var rows = s.executeQuery("select id from initiative where slug like 'bench-%'")) {
                while (rows.next()) {
                    initiatives.add(rows.getLong(1));
                }
            }
            for (long initiative : initiatives) {
                SurveyBenchmark.enter(c, initiative);
                try (var s = c.createStatement();
                        var rows = s.executeQuery("select a.email, min(g.id) from board_membership m "
                                + "join account a on a.id = m.account_id join goal g on g.initiative_id = m.initiative_id "
                                + "where m.initiative_id = " + initiative + " group by a.email")) {
                    while (rows.next()) {
                        goals.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            c.rollback();
        }
        return goals;
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
