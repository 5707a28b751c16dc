package io.hitstream.e2e;

import io.hitstream.testing.Dnsmasq;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold log: 40 hand-made lines of example.org with latencies (e2e/src/test/resources/dimensions), shipped by the
 * packaged agent in batches of 7 lines (so that every key and sketch is merged across commits) to a pipeline of its
 * own. Its resolver asks a real dnsmasq, which names four of the five clients and not the fifth; ingest knows the
 * site's www alias, two request groups and a campaign counter (dimensions/ingest-sites.properties). Times are UTC,
 * the site's zone; every line is of {@link #DAY}.
 *
 * <p>The clients: 93.184.216.34 is web1.cs.example.co.uk (GB), 81.2.69.160 www.example.de (DE),
 * 2001:4860:4860::8888 dns6.example.net (no country), 66.249.66.1 Googlebot's crawl-66-249-66-1.googlebot.com, and
 * 93.184.216.35 has no name. Humans: Chrome on Windows, Firefox on Linux, Safari on an iPhone and an iPad, Chrome on
 * an Android phone, and two lines without user agent; crawlers: Googlebot (5 lines) and curl (2).
 */
final class GoldLog implements AutoCloseable {
    static final String SITE = "example.org";
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final int BATCH_LINES = 7;
    private static final Path RESOURCES = Pipeline.ROOT.resolve("e2e/src/test/resources/dimensions");
    private static final Map<String, String> CLIENT_NAMES = Map.of(
            "93.184.216.34", "web1.cs.example.co.uk",
            "81.2.69.160", "www.example.de",
            "2001:4860:4860::8888", "dns6.example.net",
            "66.249.66.1", "crawl-66-249-66-1.googlebot.com");

    private final Dnsmasq dns;
    private Pipeline pipeline;
    private AgentProcess.Result shipped;

    private GoldLog(Dnsmasq dns) {
        this.dns = dns;
    }

    /** Ships the gold log to a new pipeline named {@code name}, started with these settings besides its own. */
    static GoldLog ship(String name, Map<String, String> settings) throws Exception {
        GoldLog gold = new GoldLog(Dnsmasq.start(CLIENT_NAMES));
        try {
            gold.pipeline = Pipeline.start(name, environment(gold.dns, settings));
            gold.shipped = gold.pipeline.agent().run("ship", "--site", SITE, "--format", "combined_latency",
                    "--host", "web1.example.net", "--batch-lines", String.valueOf(BATCH_LINES),
                    "--server", gold.pipeline.ingestAddress(), RESOURCES.resolve(SITE + ".access.log").toString());
        } catch (Exception | Error e) {
            gold.close();
            throw e;
        }
        return gold;
    }

    private static Map<String, String> environment(Dnsmasq dns, Map<String, String> settings) {
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "HITSTREAM_RESOLVER_DNS_SERVERS", dns.address(),
                // Ingest waits for names long enough that a just-started resolver answers every client.
                "HITSTREAM_INGEST_RESOLVE_TIMEOUT", "10s",
                "QUARKUS_CONFIG_LOCATIONS", RESOURCES.resolve("ingest-sites.properties").toUri().toString(),
                // The log's minutes are past the 48 hours minute rows are kept: a commit would skip them, and the
                // retention job delete them.
                "HITSTREAM_STATS_RETENTION_MINUTE", "P36500D",
                "HITSTREAM_STATS_RETENTION_INTERVAL", "off"));
        environment.putAll(settings);
        return environment;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** What the agent said of the shipment. */
    AgentProcess.Result shipped() {
        return shipped;
    }

    /** The day's rows of a day-grain dimension, "key [key2] hits bytes", in byte order of key and key2. */
    List<String> daily(String dimension) throws SQLException {
        return pipeline.rows("""
                SELECT concat_ws(' ', key, NULLIF(key2, ''), hits, bytes) FROM daily_counts
                WHERE site = ? AND dimension = ? AND local_date = ?
                ORDER BY key COLLATE "C", key2 COLLATE "C\"""", SITE, dimension, DAY);
    }

    @Override
    public void close() throws Exception {
        try {
            if (pipeline != null) {
                pipeline.close();
            }
        } finally {
            dns.close();
        }
    }
}
