package nl.cmostamm.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Two Payara Micro nodes of the portal on one Payara Data Grid, behind HAProxy, all on loopback:
 * the local cluster ({@link ClusterStart}) and the cluster tests start it the same way, with the
 * operator's files in {@code config/cluster}. Both nodes start at once against the same database,
 * so their migrations meet Flyway's lock every time.
 */
public final class PortalCluster implements AutoCloseable {

    /**
     * Where everything listens.
     *
     * @param proxy HAProxy, where browsers connect
     * @param nodes each node's HTTP port
     * @param grid each node's Data Grid port
     */
    public record Ports(int proxy, List<Integer> nodes, List<Integer> grid) {}

    private final Path microJar;
    private final Path war;
    private final Path config;
    private final Path work;
    private final Ports ports;
    private final String name;
    private final Map<String, String> environment;
    private final PortalServer[] nodes;
    private Process proxy;

    private PortalCluster(
            Path microJar,
            Path war,
            Path config,
            Path work,
            Ports ports,
            String name,
            Map<String, String> environment) {
        this.microJar = microJar;
        this.war = war;
        this.config = config;
        this.work = work;
        this.ports = ports;
        this.name = name;
        this.environment = environment;
        this.nodes = new PortalServer[ports.nodes().size()];
    }

    /**
     * Starts the nodes (at the same time) and the proxy, and returns when the proxy serves a ready
     * portal. Node logs go to {@code work/node-<n>.log}, the proxy's to {@code work/haproxy.log}.
     */
    public static PortalCluster start(
            Path microJar,
            Path war,
            Path configRoot,
            Path work,
            Ports ports,
            String name,
            Map<String, String> environment,
            Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path config = Files.createDirectories(work.resolve("config"));
        Files.copy(
                configRoot.resolve("cluster").resolve("pre-boot-commands.txt"),
                config.resolve("pre-boot-commands.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                configRoot.resolve("logging.properties"),
                config.resolve("logging.properties"),
                StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("PORTAL_BASE_URL", "http://127.0.0.1:" + ports.proxy());
        // the proxy on this host names the client in X-Forwarded-For
        env.putIfAbsent("PORTAL_TRUSTED_PROXIES", "127.0.0.1");
        PortalCluster cluster = new PortalCluster(microJar, war, config, work, ports, name, env);
        try {
            List<CompletableFuture<Void>> starting = new ArrayList<>();
            for (int i = 0; i < cluster.nodes.length; i++) {
                int node = i;
                starting.add(CompletableFuture.runAsync(() -> cluster.startNode(node, timeout)));
            }
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
            cluster.startProxy(configRoot.resolve("cluster").resolve("haproxy.cfg"), timeout);
        } catch (CompletionException e) {
            cluster.close();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        } catch (IOException | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void startNode(int node, Duration timeout) {
        try {
            nodes[node] = PortalServer.startNode(
                    microJar,
                    war,
                    config,
                    ports.nodes().get(node),
                    new PortalServer.Grid(name, ports.grid().get(node), ports.grid()),
                    environment,
                    work.resolve("node-" + (node + 1) + ".log"),
                    timeout);
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private void startProxy(Path haproxyConfig, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(haproxy(), "-f", haproxyConfig.toString(), "-db")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile());
        builder.environment().put("PORTAL_PROXY_PORT", String.valueOf(ports.proxy()));
        builder.environment()
                .put("PORTAL_NODE1_PORT", String.valueOf(ports.nodes().get(0)));
        builder.environment()
                .put("PORTAL_NODE2_PORT", String.valueOf(ports.nodes().get(1)));
        builder.environment().put("PORTAL_HAPROXY_SOCKET", socket().toString());
        proxy = builder.start();
        awaitReady(baseUrl(), timeout);
    }

    /** Debian's haproxy is in /usr/sbin, which a non-root PATH may lack. */
    private static String haproxy() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
    }

    /** Waits until {@code url}/health/ready answers 200. */
    static void awaitReady(String url, Duration timeout) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(url + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // polling a starting proxy or node: the wait is for its answer, not a guess at timing
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IOException(url + " was not ready within " + timeout.toSeconds() + " s");
    }

    private Path socket() {
        return work.resolve("haproxy.sock").toAbsolutePath();
    }

    /**
     * A command to HAProxy's runtime API ({@code set server nodes/node1 state drain}, {@code show
     * servers state}); returns its answer.
     */
    public String proxyCommand(String command) throws IOException {
        try (java.nio.channels.SocketChannel channel =
                java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket()))) {
            channel.write(java.nio.ByteBuffer.wrap((command + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8192);
            while (channel.read(buffer) > 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Where browsers connect: the proxy. */
    public String baseUrl() {
        return "http://127.0.0.1:" + ports.proxy();
    }

    /** Node {@code n} (0 or 1), straight, without the proxy. */
    public PortalServer node(int n) {
        return nodes[n];
    }

    /** Ends node {@code n} at once, as {@code kill -9} would. */
    public void kill(int n) throws InterruptedException {
        nodes[n].kill();
    }

    /** Starts node {@code n} again (after a kill or a stop); it rejoins the grid. */
    public void restart(int n, Duration timeout) throws IOException, InterruptedException {
        if (nodes[n] != null) {
            nodes[n].close();
        }
        try {
            startNode(n, timeout);
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (proxy != null && proxy.isAlive()) {
            proxy.destroy();
            proxy.waitFor(10, TimeUnit.SECONDS);
        }
        for (PortalServer node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }
}
