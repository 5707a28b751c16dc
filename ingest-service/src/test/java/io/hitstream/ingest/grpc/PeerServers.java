package io.hitstream.ingest.grpc;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts ingest's gRPC peers, stats and the resolver, as real grpc-java servers on loopback ports and
 * points ingest's clients at them. Argument {@code down}: {@code stats} or {@code resolver} points
 * that client at a port nothing listens on instead, where {@link #startStats()} can start stats later.
 *
 * <p>The test instance gets the {@link RecordingStats} and {@link RecordingResolver} in fields of those types, and
 * this resource in a field of type PeerServers.
 */
public class PeerServers implements QuarkusTestResourceLifecycleManager {
    /** Site configured with a zone of its own, to check hours are the site's. */
    static final String KOLKATA_SITE = "shop.example.org";
    /** Site configured with a custom Apache LogFormat string. */
    static final String APACHE_SITE = "apache.example.org";
    static final String APACHE_FORMAT = "%h %t \"%r\" %>s %b \"%{User-Agent}i\" %D";
    /** Site configured with an nginx log_format string, behind a proxy: its client comes from X-Forwarded-For. */
    static final String NGINX_SITE = "nginx.example.org";
    static final String NGINX_FORMAT = "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent"
            + " \"$http_user_agent\" \"$http_x_forwarded_for\"";
    /** Addresses the resolver knows a registrable domain of. */
    static final Map<String, String> DOMAINS = Map.of("203.0.113.5", "example.net", "198.51.100.9", "example.com");
    /** Addresses the resolver knows the country of. */
    static final Map<String, String> COUNTRIES = Map.of("203.0.113.5", "IN");
    /** Site with a host alias and a request group: GETs of /posts/... are "posts", slow past 100 ms. */
    static final String BLOG_SITE = "blog.example.org";
    static final String BLOG_ALIAS = "www.blog.example.org";

    private final RecordingStats stats = new RecordingStats();
    private final RecordingResolver resolver = new RecordingResolver(DOMAINS, COUNTRIES);
    private String down = "";
    private Server statsServer;
    private Server resolverServer;
    private int statsPort;

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("hitstream.ingest.sites.\"" + KOLKATA_SITE + "\".time-zone", "Asia/Kolkata");
        config.put("hitstream.ingest.sites.\"" + APACHE_SITE + "\".format", APACHE_FORMAT);
        config.put("hitstream.ingest.sites.\"" + NGINX_SITE + "\".format", NGINX_FORMAT);
        config.put("hitstream.ingest.sites.\"" + NGINX_SITE + "\".client-address", "first-public-forwarded-for");
        config.put("hitstream.ingest.sites.\"" + BLOG_SITE + "\".host-aliases", BLOG_ALIAS);
        config.put("hitstream.ingest.sites.\"" + BLOG_SITE + "\".request-groups[0].name", "posts");
        config.put("hitstream.ingest.sites.\"" + BLOG_SITE + "\".request-groups[0].method", "GET");
        config.put("hitstream.ingest.sites.\"" + BLOG_SITE + "\".request-groups[0].path", "/posts/.*");
        config.put("hitstream.ingest.sites.\"" + BLOG_SITE + "\".request-groups[0].slow-threshold-ms", "100");
        config.put("quarkus.grpc.clients.stats.host", "127.0.0.1");
        config.put("quarkus.grpc.clients.resolver.host", "127.0.0.1");
        statsServer = down.equals("stats") ? null : serve(stats);
        resolverServer = down.equals("resolver") ? null : serve(resolver);
        statsPort = pointClientAt(config, "stats", statsServer);
        pointClientAt(config, "resolver", resolverServer);
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(stats, new TestInjector.MatchesType(RecordingStats.class));
        testInjector.injectIntoFields(resolver, new TestInjector.MatchesType(RecordingResolver.class));
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(PeerServers.class));
    }

    /** Starts stats where ingest's client points, as a stats that was down comes up. */
    void startStats() {
        statsServer = serve(stats, statsPort);
    }

    @Override
    public void stop() {
        for (Server server : new Server[] {statsServer, resolverServer}) {
            if (server != null) {
                shutDown(server);
            }
        }
    }

    /**
     * Points a client at the server, or at a closed port without one, and answers the port; in test mode clients
     * use test-port.
     */
    private static int pointClientAt(Map<String, String> config, String client, Server server) {
        int port = server == null ? closedPort() : server.getPort();
        config.put("quarkus.grpc.clients." + client + ".port", String.valueOf(port));
        config.put("quarkus.grpc.clients." + client + ".test-port", String.valueOf(port));
        return port;
    }

    private static Server serve(BindableService service) {
        return serve(service, 0);
    }

    private static Server serve(BindableService service, int port) {
        try {
            // On the transport's thread, calls in the order they arrived: the fakes never block, and a test of the
            // order ingest sends in reads it as sent.
            return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                    .directExecutor()
                    .addService(service)
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port that was free a moment ago: nothing listens there, so calls to it fail as to a stopped peer. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void shutDown(Server server) {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
