package nl.cmostamm.portal.devserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local cluster: an embedded PostgreSQL (data in {@code .data/cluster-postgres}), two Payara
 * Micro nodes on one Data Grid and HAProxy in front, all on loopback, with the demo data set, until
 * Ctrl-C stops them. With {@code PORTAL_DB_URL} set, the external PostgreSQL named by the
 * {@code PORTAL_DB_*} variables is used instead. Needs Debian's {@code haproxy}.
 */
public final class ClusterStart {

    private static final int EMBEDDED_PORT = 15433;

    private ClusterStart() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path dataDir = Path.of(System.getProperty("portal.data.dir"));
        int proxyPort = Integer.parseInt(
                Optional.ofNullable(System.getenv("PORTAL_HTTP_PORT")).orElse("8080"));
        PortalCluster.Ports ports =
                new PortalCluster.Ports(proxyPort, List.of(proxyPort + 1, proxyPort + 2), List.of(57100, 57101));

        Map<String, String> environment = new HashMap<>();
        PortalDatabase database = PortalDatabase.embeddedUnlessExternal(
                dataDir.resolve("cluster-postgres"), EMBEDDED_PORT, "cluster-owner", "cluster-app", environment);
        environment.put(
                "PORTAL_DEMO", Optional.ofNullable(System.getenv("PORTAL_DEMO")).orElse("true"));
        environment.put("PORTAL_BASE_URL", "http://localhost:" + proxyPort);

        System.out.println("Starting two Payara Micro nodes and HAProxy ...");
        Path work = dataDir.resolve("cluster");
        PortalCluster cluster = PortalCluster.start(
                Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("portal.war")),
                Path.of(System.getProperty("portal.config.dir")),
                work,
                ports,
                "portal-local",
                environment,
                Duration.ofMinutes(5));
        PortalDatabase db = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the cluster ...");
            try {
                cluster.close();
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
                 The portal runs at http://localhost:%d/  (HAProxy; ready in %d s)
                 node 1: http://127.0.0.1:%d/   node 2: http://127.0.0.1:%d/
                 Data Grid on 127.0.0.1:%d and :%d; logs in %s
                 Demo logins as in the quick start (password Inwonerskracht-demo-2026).

                 Press Ctrl-C to stop the nodes, HAProxy and PostgreSQL.
                ================================================================

                """,
                proxyPort,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                ports.nodes().get(0),
                ports.nodes().get(1),
                ports.grid().get(0),
                ports.grid().get(1),
                work);
        Thread.currentThread().join();
    }
}
