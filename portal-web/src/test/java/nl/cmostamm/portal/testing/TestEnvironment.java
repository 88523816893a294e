package nl.cmostamm.portal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.cmostamm.portal.devserver.PortalDatabase;
import nl.cmostamm.portal.devserver.PortalServer;
import org.flywaydb.core.Flyway;

/**
 * The real parts every integration test shares, started once per test JVM and stopped when the
 * JUnit launcher session closes ({@link PortalTestSession}). The database is migrated here with the
 * portal's own Flyway scripts so that database-level tests can run before any server exists.
 */
public final class TestEnvironment {

    public static final String OWNER_PASSWORD = "portal-owner-test";
    public static final String APP_PASSWORD = "portal-app-test";
    /** The shared Payara Micro also answers HTTPS here, to check what changes under HTTPS. */
    public static final int HTTPS_PORT = 18443;
    /** Failed logins an address may make in 15 minutes; LoginProtectionIT reaches it from an address of its own. */
    public static final int LOGIN_FAILURES_PER_ADDRESS = 100;

    private static PortalDatabase database;
    private static PortalServer server;

    private TestEnvironment() {}

    public static synchronized PortalDatabase database() {
        if (database == null) {
            try {
                int port = Integer.getInteger("test.db.port", 55432);
                Path bin = PortalDatabase.systemPostgresBin();
                database = bin != null
                        ? PortalDatabase.system(bin, port, OWNER_PASSWORD, APP_PASSWORD)
                        : PortalDatabase.embedded(
                                Files.createTempDirectory("portal-embedded-pg-"), port, OWNER_PASSWORD, APP_PASSWORD);
                Flyway.configure(TestEnvironment.class.getClassLoader())
                        .dataSource(database.url(), PortalDatabase.OWNER, OWNER_PASSWORD)
                        .locations("classpath:db/migration")
                        .placeholders(Map.of("appRole", PortalDatabase.APP))
                        .load()
                        .migrate();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the test PostgreSQL", e);
            }
        }
        return database;
    }

    /** The one Payara Micro that serves all HTTP and browser tests. */
    public static synchronized PortalServer server() {
        if (server == null) {
            PortalDatabase db = database();
            try {
                Path work = Path.of(System.getProperty("portal.test.work", "target/it-work"));
                Files.createDirectories(work);
                Map<String, String> environment = new HashMap<>(db.portalEnvironment());
                environment.put("PORTAL_BASE_URL", "http://127.0.0.1:" + Integer.getInteger("test.http.port", 18080));
                environment.putAll(TestMail.environment());
                // the morning's alerts run only when a test asks for one (MorningAlertsIT)
                environment.put("PORTAL_ALERTS_DAILY", "false");
                // every test connects from 127.0.0.1; PublicSurveyIT tests the limits from addresses of its own
                environment.put("PORTAL_SURVEY_SUBMITS_PER_MINUTE", "60");
                environment.put("PORTAL_SURVEY_UNKNOWN_LINKS_PER_MINUTE", "60");
                environment.put("PORTAL_LOGIN_FAILURES_PER_ADDRESS", String.valueOf(LOGIN_FAILURES_PER_ADDRESS));
                server = PortalServer.start(
                        Path.of(System.getProperty("payara.microJar")),
                        Path.of(System.getProperty("portal.war")),
                        configWithRequestLog(work),
                        Integer.getInteger("test.http.port", 18080),
                        HTTPS_PORT,
                        environment,
                        work.resolve("payara-micro.log"),
                        Duration.ofMinutes(4));
            } catch (Exception e) {
                // the next class's attempt writes the same log: keep this one's (with its thread dump)
                Path work = Path.of(System.getProperty("portal.test.work", "target/it-work"));
                try {
                    Files.copy(
                            work.resolve("payara-micro.log"),
                            work.resolve("payara-micro-failed-start-" + System.currentTimeMillis() + ".log"));
                } catch (java.io.IOException copy) {
                    e.addSuppressed(copy);
                }
                throw new IllegalStateException("Could not start Payara Micro for the black-box tests", e);
            }
        }
        return server;
    }

    /**
     * The operator's config files, with one line more: the request log at FINE, so the tests can
     * read what an operator would see for each request.
     */
    private static Path configWithRequestLog(Path work) throws java.io.IOException {
        Path source = Path.of(System.getProperty("portal.config.dir"));
        Path config = Files.createDirectories(work.resolve("config"));
        Files.copy(
                source.resolve("pre-boot-commands.txt"),
                config.resolve("pre-boot-commands.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
                config.resolve("logging.properties"),
                Files.readString(source.resolve("logging.properties"))
                        + "\nnl.cmostamm.portal.web.security.TenancyFilter.level=FINE\n");
        return config;
    }

    /** What the shared Payara Micro has logged so far (started first, so the log is this run's). */
    public static String serverLog() throws java.io.IOException {
        server();
        return Files.readString(Path.of(System.getProperty("portal.test.work", "target/it-work"))
                .resolve("payara-micro.log"));
    }

    public static String baseUrl() {
        return server().baseUrl();
    }

    static synchronized void shutDown() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
        TestMail.stop();
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
