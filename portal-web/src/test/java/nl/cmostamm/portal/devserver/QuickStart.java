package nl.cmostamm.portal.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The quick start: an embedded PostgreSQL whose data stays in {@code .data/postgres} (delete the
 * folder to start afresh), Payara Micro with the portal at http://localhost:8080/ and the demo data
 * set, until Ctrl-C stops both. With {@code PORTAL_DB_URL} set, the external PostgreSQL named by
 * the {@code PORTAL_DB_*} variables is used instead and no embedded one is started.
 */
public final class QuickStart {

    private static final int EMBEDDED_PORT = 15432;

    private QuickStart() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path war = Path.of(System.getProperty("portal.war"));
        Path microJar = Path.of(System.getProperty("payara.microJar"));
        Path configDir = Path.of(System.getProperty("portal.config.dir"));
        Path dataDir = Path.of(System.getProperty("portal.data.dir"));
        int port = Integer.parseInt(
                Optional.ofNullable(System.getenv("PORTAL_HTTP_PORT")).orElse("8080"));

        Map<String, String> environment = new HashMap<>();
        PortalDatabase database = PortalDatabase.embeddedUnlessExternal(
                dataDir.resolve("postgres"), EMBEDDED_PORT, "quickstart-owner", "quickstart-app", environment);
        environment.putIfAbsent(
                "PORTAL_DEMO", Optional.ofNullable(System.getenv("PORTAL_DEMO")).orElse("true"));
        environment.putIfAbsent("PORTAL_BASE_URL", "http://localhost:" + port);

        System.out.println("Starting Payara Micro with the portal ...");
        PortalServer server =
                PortalServer.start(microJar, war, configDir, port, environment, null, Duration.ofMinutes(5));
        PortalDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the portal ...");
            try {
                server.close();
                if (db != null) {
                    db.close();
                }
            } catch (Exception e) {
                System.err.println("Stopping failed: " + e.getMessage());
            }
        }));
        System.out.printf(
                """

                ================================================================
                 The portal runs at http://localhost:%d/  (ready in %d s)

                 Demo logins, all with password Inwonerskracht-demo-2026:
                   beheer@demo.local            knowledge-centre admin
                   adviseur@demo.local          advisor of all six initiatives
                   adviseur2@demo.local         advisor of smilde and odensehuis
                   bestuur.<slug>@demo.local    board admin of an initiative
                   lid.<slug>@demo.local        board member of an initiative
                 slugs: middelstum, smilde, ebbingehof, odensehuis, westerwolde, eexterveen

                 Press Ctrl-C to stop Payara Micro and PostgreSQL.
                ================================================================

                """, port, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        Thread.currentThread().join();
    }
}
