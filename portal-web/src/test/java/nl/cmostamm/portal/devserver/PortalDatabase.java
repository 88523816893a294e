package nl.cmostamm.portal.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL for the portal, with the database {@code portal} owned by the owner role
 * (which Flyway migrates as) and the application role, which owns nothing and cannot bypass
 * row-level security.
 *
 * <p>Two ways to get one: the machine's PostgreSQL server programs run as the {@code postgres}
 * user through {@code runuser} (fast, used by the tests when we are root and the programs exist),
 * or zonky's embedded PostgreSQL from Maven (works anywhere, used by the quick start).
 */
public final class PortalDatabase implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String OWNER = "portal_owner";
    public static final String APP = "portal_app";
    private static final String SUPERUSER_PASSWORD = "postgres-local";

    private final int port;
    private final String ownerPassword;
    private final String appPassword;
    private final EmbeddedPostgres embedded;
    private final Path systemDataDir;
    private final Path pgBin;
    private String superuser;
    private String superPassword;
    private boolean durable;

    private PortalDatabase(
            int port,
            String ownerPassword,
            String appPassword,
            EmbeddedPostgres embedded,
            Path systemDataDir,
            Path pgBin) {
        this.port = port;
        this.ownerPassword = ownerPassword;
        this.appPassword = appPassword;
        this.embedded = embedded;
        this.systemDataDir = systemDataDir;
        this.pgBin = pgBin;
    }

    /** Zonky's embedded PostgreSQL, keeping its data in {@code dataDir} across restarts. */
    public static PortalDatabase embedded(Path dataDir, int port, String ownerPassword, String appPassword)
            throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        PortalDatabase database = new PortalDatabase(port, ownerPassword, appPassword, postgres, null, null);
        database.prepare("postgres", "");
        return database;
    }

    /**
     * For the quick starts: an embedded PostgreSQL with its data kept in {@code dataDir}, whose
     * settings are added to {@code environment}; or null, leaving the environment alone, when
     * {@code PORTAL_DB_URL} names an external database.
     */
    public static PortalDatabase embeddedUnlessExternal(
            Path dataDir, int port, String ownerPassword, String appPassword, Map<String, String> environment)
            throws IOException, SQLException {
        if (System.getenv("PORTAL_DB_URL") != null) {
            System.out.println("Using the external PostgreSQL at " + System.getenv("PORTAL_DB_URL"));
            return null;
        }
        System.out.println("Starting the embedded PostgreSQL (data in " + dataDir + ") ...");
        PortalDatabase database = embedded(dataDir, port, ownerPassword, appPassword);
        environment.putAll(database.portalEnvironment());
        return database;
    }

    /**
     * The machine's PostgreSQL, in a fresh data folder that is removed again on close; tuned for
     * tests (no fsync, asynchronous commit), since the folder is thrown away anyway.
     */
    public static PortalDatabase system(Path pgBin, int port, String ownerPassword, String appPassword)
            throws IOException, InterruptedException, SQLException {
        return system(pgBin, port, ownerPassword, appPassword, false);
    }

    /**
     * As above; {@code durable} keeps PostgreSQL's own defaults (fsync, synchronous commit, full
     * page writes), so a commit it acknowledged survives a crash: for the fault drills.
     */
    public static PortalDatabase system(Path pgBin, int port, String ownerPassword, String appPassword, boolean durable)
            throws IOException, InterruptedException, SQLException {
        Path dataDir = Files.createTempDirectory("portal-pg-");
        Path passwordFile = Files.createTempFile("portal-pg-pw-", ".txt");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD);
        run("chown", "-R", "postgres:postgres", dataDir.toString(), passwordFile.toString());
        run(
                "runuser",
                "-u",
                "postgres",
                "--",
                pgBin.resolve("initdb").toString(),
                "-D",
                dataDir.toString(),
                "-U",
                "postgres",
                "--pwfile=" + passwordFile,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8");
        Files.delete(passwordFile);
        PortalDatabase database = new PortalDatabase(port, ownerPassword, appPassword, null, dataDir, pgBin);
        database.durable = durable;
        database.startSystem();
        database.prepare("postgres", SUPERUSER_PASSWORD);
        return database;
    }

    private void startSystem() throws IOException, InterruptedException {
        pgCtl(
                "-l",
                systemDataDir.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + systemDataDir + " -c max_connections=200"
                        + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"),
                "start");
    }

    /** Stops the machine's PostgreSQL as a crash would ({@code pg_ctl stop -m immediate}). */
    public void stopImmediately() throws IOException, InterruptedException {
        pgCtl("-m", "immediate", "-w", "stop");
    }

    /** The machine's {@code pg_ctl} on this database's folder, as the postgres user. */
    private void pgCtl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "runuser", "-u", "postgres", "--", pgBin.resolve("pg_ctl").toString(), "-D", systemDataDir.toString()));
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    /** Starts it again after {@link #stopImmediately()}: it recovers from its WAL first. */
    public void startAgain() throws IOException, InterruptedException {
        startSystem();
    }

    /** The machine's PostgreSQL programs, when this process may run them as the postgres user. */
    public static Path systemPostgresBin() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return null;
        }
        for (String candidate :
                List.of("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")) {
            Path bin = Paths.get(candidate);
            if (Files.isExecutable(bin.resolve("pg_ctl"))
                    && Files.isExecutable(bin.resolve("initdb"))
                    && Files.isExecutable(Paths.get("/usr/sbin/runuser"))) {
                return bin;
            }
        }
        return null;
    }

    /** Creates the two roles and the database unless they exist (an embedded data folder is kept). */
    private void prepare(String superuser, String superPassword) throws SQLException {
        this.superuser = superuser;
        this.superPassword = superPassword;
        try (Connection c = DriverManager.getConnection(url("postgres"), superuser, superPassword);
                Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + OWNER + "'")) {
                s.execute("create role " + OWNER + " login password '" + ownerPassword + "'");
            }
            if (!exists(s, "select 1 from pg_roles where rolname = '" + APP + "'")) {
                s.execute("create role " + APP + " login nosuperuser nocreatedb nocreaterole nobypassrls password '"
                        + appPassword + "'");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
            }
        }
        try (Connection c = DriverManager.getConnection(url(DATABASE), superuser, superPassword);
                Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + OWNER);
        }
    }

    /** Another empty database on the same server, owned by the owner role, for a second portal. */
    public String createDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(name);
        }
        try (Connection c = DriverManager.getConnection(url("postgres"), superuser, superPassword);
                Statement s = c.createStatement()) {
            s.execute("create database " + name + " owner " + OWNER + " encoding 'UTF8'");
        }
        try (Connection c = DriverManager.getConnection(url(name), superuser, superPassword);
                Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + OWNER);
        }
        return url(name);
    }

    private static boolean exists(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            return rows.next();
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String url() {
        return url(DATABASE);
    }

    public int port() {
        return port;
    }

    public Connection connectAsApp() throws SQLException {
        return DriverManager.getConnection(url(), APP, appPassword);
    }

    public Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(url(), OWNER, ownerPassword);
    }

    /** The environment variables that point the portal at this database. */
    public Map<String, String> portalEnvironment() {
        return Map.of(
                "PORTAL_DB_URL", url(),
                "PORTAL_DB_USER", APP,
                "PORTAL_DB_PASSWORD", appPassword,
                "PORTAL_DB_OWNER_USER", OWNER,
                "PORTAL_DB_OWNER_PASSWORD", ownerPassword);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (embedded != null) {
            embedded.close();
        }
        if (systemDataDir != null) {
            pgCtl("-m", "fast", "-w", "stop");
            run("rm", "-rf", systemDataDir.toString());
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("Command failed: " + String.join(" ", line) + "\n" + output);
        }
    }
}
