package nl.cmostamm.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro running the portal WAR, on loopback, without phoning home, configured through
 * the same environment variables an operator would set: on its own, or as a node of a cluster on
 * the Payara Data Grid.
 */
public final class PortalServer implements AutoCloseable {

    /**
     * The node's maximum heap: 512 MB for the tests and the quick start; {@code -Dportal.node.heap=1g}
     * gives a benchmark the heap a production node has (config/README.md).
     */
    private static final String HEAP = System.getProperty("portal.node.heap", "512m");

    private final Process process;
    private final int port;
    private final String contextRoot;

    private PortalServer(Process process, int port, String contextRoot) {
        this.process = process;
        this.port = port;
        this.contextRoot = contextRoot;
    }

    /**
     * Starts Payara Micro with the JDK running this code (21+) and waits until the portal reports
     * ready. Output goes to {@code log}, or to this console when {@code log} is null.
     */
    public static PortalServer start(
            Path microJar,
            Path war,
            Path configDir,
            int port,
            Map<String, String> environment,
            Path log,
            Duration timeout)
            throws IOException, InterruptedException {
        return start(microJar, war, configDir, port, 0, environment, log, timeout);
    }

    /** As above, with HTTPS (Payara's own self-signed certificate) on {@code sslPort} when it is not 0. */
    public static PortalServer start(
            Path microJar,
            Path war,
            Path configDir,
            int port,
            int sslPort,
            Map<String, String> environment,
            Path log,
            Duration timeout)
            throws IOException, InterruptedException {
        return start(microJar, war, configDir, port, sslPort, null, environment, log, timeout);
    }

    /**
     * A node of a cluster: its Data Grid member listens on loopback at {@code grid.port()} and finds
     * the others at {@code grid.members()}; the config folder is the cluster's (sessions in the grid).
     */
    public static PortalServer startNode(
            Path microJar,
            Path war,
            Path configDir,
            int port,
            Grid grid,
            Map<String, String> environment,
            Path log,
            Duration timeout)
            throws IOException, InterruptedException {
        return start(microJar, war, configDir, port, 0, grid, environment, log, timeout);
    }

    /**
     * Where a node's Data Grid member listens and where it looks for the others, all on loopback.
     *
     * @param name the cluster's name: only members of the same name join
     * @param port this member's port
     * @param members every member's port, this one's included
     */
    public record Grid(String name, int port, List<Integer> members) {
        List<String> options() {
            String addresses =
                    String.join(",", members.stream().map(p -> "127.0.0.1:" + p).toList());
            return List.of(
                    "--clustermode",
                    "tcpip:" + addresses,
                    "--interfaces",
                    "127.0.0.1",
                    "--startport",
                    String.valueOf(port),
                    "--clustername",
                    name);
        }
    }

    private static PortalServer start(
            Path microJar,
            Path war,
            Path configDir,
            int port,
            int sslPort,
            Grid grid,
            Map<String, String> environment,
            Path log,
            Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP));
        if (grid != null) {
            // the grid's sockets on loopback only, not on every interface
            command.add("-Dhazelcast.socket.bind.any=false");
        }
        command.addAll(List.of(
                "-jar",
                microJar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--disablephonehome",
                "--prebootcommandfile",
                configDir.resolve("pre-boot-commands.txt").toString(),
                "--logproperties",
                configDir.resolve("logging.properties").toString()));
        if (grid == null) {
            command.add("--nohazelcast");
        } else {
            command.addAll(grid.options());
        }
        if (sslPort != 0) {
            command.addAll(List.of("--sslport", String.valueOf(sslPort)));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(log.toFile());
        }
        PortalServer server = new PortalServer(builder.start(), port, "");
        try {
            server.awaitReady(timeout);
        } catch (IOException notReady) {
            if (log != null) {
                server.dumpThreads(log);
            }
            server.close();
            throw notReady;
        }
        return server;
    }

    /** Appends the server's thread dump to its log, so a start that hangs can be diagnosed afterwards. */
    private void dumpThreads(Path log) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        try {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(process.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            jcmd.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no dump then; the start-up failure itself is reported by the caller
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro stopped during start-up with exit code " + process.exitValue());
            }
            try {
                // the login page first: Payara's health endpoint, asked while the portal is still
                // being deployed, answered with stack traces in the log
                HttpResponse<Void> page = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/login.xhtml"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                HttpResponse<Void> response = page.statusCode() != 200
                        ? page
                        : client.send(
                                HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // Polling a starting server: the wait is for its socket, not a guess at timing.
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IOException("Payara Micro was not ready within " + timeout.toSeconds()
                + " s (its thread dump is at the end of its log)");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + contextRoot;
    }

    public long pid() {
        return process.pid();
    }

    /** Whether the node's process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends the node at once, as {@code kill -9} would: no shutdown hooks, no goodbye to the grid. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
