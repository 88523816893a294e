package nl.cmostamm.portal.devserver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.cmostamm.portal.testing.PortalClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The workshop benchmark of issue 15 (not a test: it prints figures). A portal with the demo data
 * set; the advisor's planned session "Verandertheorie: het vervolg". {@code bench.participants}
 * simulated participants (60) join within {@code bench.joinSeconds} (30), open loop: each starts
 * at its planned moment, and its join counts from that moment until its step page has come back
 * (the join page, the join post and its redirect to the step page). Each then listens on the
 * session's web socket like the page does. The advisor then starts the session and moves the step
 * {@code bench.rounds} times (5); for each move the figures are when the push reached each
 * participant, and when each participant had fetched the new step page after it (what the page's
 * remote command does), counted from the moment the advisor's click left.
 *
 * <p>Run with {@code mvn -Pbench verify -pl portal-web -am -Dbench.main=nl.cmostamm.portal.devserver.WorkshopBenchmark}.
 */
public final class WorkshopBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 60);
    private static final int JOIN_SECONDS = Integer.getInteger("bench.joinSeconds", 30);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    /** The channel the page's socket opens, as OmniFaces writes it: {@code Push.init('', 'workshop?<id>', …)}. */
    private static final Pattern SOCKET = Pattern.compile("Push\\.init\\('[^']*',\\s*'(workshop\\?[^']+)'");

    private WorkshopBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("portal-workshop-bench-");
        int port = Integer.getInteger("bench.port", 18383);
        try (PortalDatabase database = PortalDatabase.embedded(
                work.resolve("postgres"), Integer.getInteger("bench.dbPort", 15534), "bench-owner", "bench-app")) {
            Map<String, String> environment = new HashMap<>(database.portalEnvironment());
            environment.put("PORTAL_DEMO", "true");
            environment.put("PORTAL_BASE_URL", "http://localhost:" + port);
            // the whole room comes from this one address
            environment.put("PORTAL_WORKSHOP_JOINS_PER_MINUTE", "100000");
            try (PortalServer server = PortalServer.start(
                    Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("portal.war")),
                    Path.of(System.getProperty("portal.config.dir")),
                    port,
                    environment,
                    work.resolve("payara.log"),
                    Duration.ofMinutes(5))) {
                run(server.baseUrl());
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    /** A simulated participant: their client (with the seat's cookie) and their socket. */
    private static final class Participant implements WebSocket.Listener {
        final PortalClient client;
        volatile CountDownLatch arrived;
        volatile long movedAt;
        final List<Long> reach = Collections.synchronizedList(new ArrayList<>());
        final List<Long> shown = Collections.synchronizedList(new ArrayList<>());
        final ExecutorService fetcher;
        WebSocket socket;

        Participant(PortalClient client, ExecutorService fetcher) {
            this.client = client;
            this.fetcher = fetcher;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long at = System.nanoTime();
            long moved = movedAt;
            reach.add(at - moved);
            CountDownLatch latch = arrived;
            fetcher.submit(() -> {
                client.get("/workshop/step.xhtml");
                shown.add(System.nanoTime() - moved);
                latch.countDown();
            });
            webSocket.request(1);
            return null;
        }
    }

    private static void run(String baseUrl) throws Exception {
        PortalClient advisor =
                PortalClient.loggedIn(new PortalClient(baseUrl), "adviseur@demo.local", "Inwonerskracht-demo-2026");
        String sessions = advisor.get("/app/workshop/sessions.xhtml").body();
        Matcher link = Pattern.compile("session\\.xhtml\\?id=(\\d+)\"[^>]*>Verandertheorie: het vervolg")
                .matcher(sessions);
        if (!link.find()) {
            throw new IllegalStateException("The demo's planned session is not listed");
        }
        String presenterPath = "/app/workshop/session.xhtml?id=" + link.group(1);
        Document presenter = Jsoup.parse(advisor.get(presenterPath).body());
        String code = presenter.getElementById("joinCode").text().replace(" ", "");

        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        ExecutorService fetcher = Executors.newVirtualThreadPerTaskExecutor();
        List<Participant> participants = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Long> joins = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        HttpClient sockets = HttpClient.newHttpClient();
        long start = System.nanoTime();
        long spacing = TimeUnit.SECONDS.toNanos(JOIN_SECONDS) / PARTICIPANTS;
        List<CompletableFuture<Void>> joined = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            int n = i;
            long planned = start + n * spacing;
            joined.add(CompletableFuture.runAsync(
                    () -> {
                        try {
                            long wait = planned - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                            PortalClient client = new PortalClient(baseUrl);
                            HttpResponse<String> step = client.submit(
                                    "/workshop/join.xhtml?code=" + code,
                                    "join",
                                    Map.of("join:code", code, "join:name", "Deelnemer " + (n + 1)),
                                    "join:submit");
                            joins.add(System.nanoTime() - planned);
                            Matcher socket = SOCKET.matcher(step.body());
                            if (!step.uri().getPath().endsWith("/workshop/step.xhtml") || !socket.find()) {
                                failures.add("participant " + (n + 1) + " did not reach the step page");
                                return;
                            }
                            Participant participant = new Participant(client, fetcher);
                            String cookies = client.cookies().getCookieStore().getCookies().stream()
                                    .map(c -> c.getName() + "=" + c.getValue())
                                    .collect(Collectors.joining("; "));
                            participant.socket = sockets.newWebSocketBuilder()
                                    .header("Cookie", cookies)
                                    .buildAsync(
                                            URI.create(baseUrl.replaceFirst("^http", "ws") + "/omnifaces.push/"
                                                    + socket.group(1)),
                                            participant)
                                    .get(10, TimeUnit.SECONDS);
                            participants.add(participant);
                        } catch (Exception e) {
                            failures.add("participant " + (n + 1) + ": " + e);
                        }
                    },
                    pool));
        }
        CompletableFuture.allOf(joined.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        System.out.printf(
                "%n%d participants joined within %d s: join p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d failed%n",
                joins.size(), JOIN_SECONDS, p(joins, 50), p(joins, 95), p(joins, 100), failures.size());
        failures.forEach(f -> System.out.println("  " + f));

        System.out.printf(
                "%n%-7s %-28s %-28s %s%n",
                "move", "push reached p50/p95/max ms", "step shown p50/p95/max ms", "missed");
        List<Long> allShown = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            CountDownLatch latch = new CountDownLatch(participants.size());
            int before = participants.get(0).reach.size();
            long moved = System.nanoTime();
            for (Participant participant : participants) {
                participant.arrived = latch;
                participant.movedAt = moved;
            }
            HttpResponse<String> response =
                    advisor.submitForm(presenter, "controls", Map.of(), round == 1 ? "controls:open" : "controls:next");
            presenter = Jsoup.parse(response.body());
            boolean all = latch.await(15, TimeUnit.SECONDS);
            List<Long> reach = new ArrayList<>();
            List<Long> shown = new ArrayList<>();
            for (Participant participant : participants) {
                synchronized (participant.reach) {
                    reach.addAll(participant.reach.subList(before, participant.reach.size()));
                }
                synchronized (participant.shown) {
                    shown.addAll(participant.shown.subList(
                            Math.min(before, participant.shown.size()), participant.shown.size()));
                }
            }
            allShown.addAll(shown);
            System.out.printf(
                    "%-7d %-28s %-28s %d%n",
                    round,
                    String.format("%.0f / %.0f / %.0f", p(reach, 50), p(reach, 95), p(reach, 100)),
                    String.format("%.0f / %.0f / %.0f", p(shown, 50), p(shown, 95), p(shown, 100)),
                    all ? 0 : latch.getCount());
        }
        System.out.printf(
                "%nOver all moves: the new step was on every participant's page within %.0f ms (p95 %.0f ms)%n",
                p(allShown, 100), p(allShown, 95));
        for (Participant participant : participants) {
            participant.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        pool.shutdownNow();
        fetcher.shutdownNow();
    }

    private static double p(java.util.Collection<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = percent == 100 ? sorted.size() - 1 : Math.min(sorted.size() - 1, sorted.size() * percent / 100);
        return sorted.get(index) / 1e6;
    }
}
