package nl.cmostamm.portal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.cmostamm.portal.devserver.PortalCluster;
import nl.cmostamm.portal.devserver.PortalDatabase;

/**
 * The two-node cluster of {@code ClusterIT}, on a database of its own. Its start takes about a
 * minute of two cores, so the integration-test session begins it in the background
 * ({@link PortalTestSession}) while the other classes run, and the test waits for it; started on
 * demand otherwise. {@code -Dportal.test.cluster=false} leaves the early start out (for runs of a
 * few other classes).
 */
public final class TestCluster {

    /** Failed logins per address in 15 minutes, low so a test reaches the shared count quickly. */
    public static final int FAILURES_PER_ADDRESS = 6;

    /** The cluster and the URL of its database. */
    public record Started(PortalCluster cluster, String databaseUrl) {}

    private static CompletableFuture<Started> starting;

    private TestCluster() {}

    /** Begins the start, once; returns at once. */
    public static synchronized void startInBackground() {
        if (starting == null) {
            PortalDatabase database = TestEnvironment.database();
            starting = CompletableFuture.supplyAsync(() -> start(database));
        }
    }

    /** The running cluster, waiting for its start when it is still under way. */
    public static Started get() {
        startInBackground();
        try {
            return starting.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The test cluster did not start", e.getCause());
        }
    }

    private static Started start(PortalDatabase database) {
        try {
            String url = database.createDatabase("portal_cluster");
            Map<String, String> environment = new HashMap<>(database.portalEnvironment());
            environment.put("PORTAL_DB_URL", url);
            environment.put("PORTAL_DEMO", "true");
            // the morning's alerts run only when a test asks for one (MorningAlertsIT)
            environment.put("PORTAL_ALERTS_DAILY", "false");
            environment.put("PORTAL_LOGIN_FAILURES_PER_ADDRESS", String.valueOf(FAILURES_PER_ADDRESS));
            Path work = Files.createDirectories(Path.of(System.getProperty("portal.test.work", "target/it-work"))
                    .resolve("cluster"));
            PortalCluster cluster = PortalCluster.start(
                    Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("portal.war")),
                    Path.of(System.getProperty("portal.config.dir")),
                    work,
                    new PortalCluster.Ports(18090, List.of(18083, 18084), List.of(57110, 57111)),
                    "portal-test",
                    environment,
                    Duration.ofMinutes(5));
            return new Started(cluster, url);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** Stops the cluster if it was started (waiting for a start under way). */
    static synchronized void shutDown() throws InterruptedException {
        if (starting != null) {
            try {
                starting.join().cluster().close();
            } catch (CompletionException notStarted) {
                // nothing runs; the failure was reported to the test that waited for it
            }
            starting = null;
        }
    }
}
