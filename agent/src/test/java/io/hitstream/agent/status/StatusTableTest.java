package io.hitstream.agent.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StatusTableTest {

    private static final AgentStatus STATUS = new AgentStatus("2026-11-21T10:00:00Z", 4242, 5.0, List.of(
            new StreamStatus("www.example.org", "web-01", "/var/log/apache2/access.log", "/var/log/apache2/access.log",
                    "shipping /var/log/apache2/access.log to localhost:8180", 1200, 1150, 1100, 5230, 1.25,
                    "/var/log/apache2/error.log", new TreeMap<>(Map.of("error", 3L, "warn", 10L)), 2, 0,
                    List.of("2 lines (bytes 0-40) refused by ingest, counted there as rejected: bad format")),
            new StreamStatus("shop.example.org", "web-01", "/var/log/nginx/shop.log", null,
                    "waiting for /var/log/nginx/shop.log", 0, 0, 0, 0, 0, null, null, 0, 0, null)));

    @Test
    void streamsAreRowsErrorLogsAreCountedByLevelAndNoticesListed() {
        assertEquals("""
                Written 2026-11-21T10:00:00Z (3 s ago) by process 4242

                SITE              HOST    ACCESS LOG                   READ  SHIPPED  ACKNOWLEDGED  LAG BYTES  LAG SECONDS  STATE
                www.example.org   web-01  /var/log/apache2/access.log  1200     1150          1100       5230          1.3  shipping /var/log/apache2/access.log to localhost:8180
                shop.example.org  web-01  /var/log/nginx/shop.log         0        0             0          0          0.0  waiting for /var/log/nginx/shop.log

                SITE             ERROR LOG                   LINES BY LEVEL
                www.example.org  /var/log/apache2/error.log  error 3, warn 10

                SITE             ACCESS LOG                   NOTICE
                www.example.org  /var/log/apache2/access.log  2 lines (bytes 0-40) refused by ingest, counted there as rejected: bad format
                """, StatusTable.render(STATUS, Instant.parse("2026-11-21T10:00:03Z")));
    }

    @Test
    void statusNotRewrittenOnTimeSaysTheAgentMayBeDown() {
        String rendered = StatusTable.render(STATUS, Instant.parse("2026-11-21T10:01:00Z"));

        assertEquals("Written 2026-11-21T10:00:00Z (60 s ago) by process 4242; it should be rewritten every 5.0 s: "
                + "is the agent running?", rendered.lines().findFirst().orElseThrow());
    }

    @Test
    void statusFileGoesBesideTheStateFile() {
        assertEquals(Path.of("/var/lib/agent/state.status.json"),
                StatusFile.besideState(Path.of("/var/lib/agent/state.json")).path());
    }
}
