package io.hitstream.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.hitstream.agent.batch.BatchLimits;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.RetryPolicy;
import io.hitstream.agent.wire.ServerAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void exampleFileReadsAsItDocuments() {
        AgentSetup setup = AgentConfigFile.read(Path.of("agent.example.yaml"));

        assertEquals(List.of(
                new StreamSpec("www.example.org", "web-01.example.org", "combined", Path.of("/var/log/apache2/access.log"),
                        Optional.of(Path.of("/var/log/apache2/error.log"))),
                new StreamSpec("shop.example.org", setup.streams().get(1).host(),
                        "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" "
                                + "\"$http_user_agent\"",
                        Path.of("/var/log/nginx/shop.access.log"), Optional.empty())), setup.streams());
        assertEquals(defaults(), setup.follow());
        assertEquals(List.of(new ServerAddress("localhost", 8180)), setup.servers());
        assertEquals(ChannelSettings.PLAINTEXT, setup.channel());
        assertEquals(Path.of("/var/lib/hitstream-agent/state.json"), setup.stateFile());
        assertEquals(Duration.ofSeconds(5), setup.statusInterval());
    }

    @Test
    void exampleFileShowsEveryDefaultAsTheAgentWritesIt() throws IOException {
        JsonNode example = new YAMLMapper().readTree(Path.of("agent.example.yaml").toFile());
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("/ingest/servers", "[\"" + AgentConfig.Ingest.DEFAULT_SERVER + "\"]");
        defaults.put("/ingest/tls", AgentConfig.Ingest.DEFAULT_TLS);
        defaults.put("/batch/lines", AgentConfig.Batch.DEFAULT_LINES);
        defaults.put("/batch/bytes", AgentConfig.Batch.DEFAULT_BYTES);
        defaults.put("/batch/linger", AgentConfig.Batch.DEFAULT_LINGER);
        defaults.put("/batch/window", AgentConfig.Batch.DEFAULT_WINDOW);
        defaults.put("/batch/ack-timeout", AgentConfig.Batch.DEFAULT_ACK_TIMEOUT);
        defaults.put("/follow/poll-interval", AgentConfig.Follow.DEFAULT_POLL_INTERVAL);
        defaults.put("/follow/idle-timeout", AgentConfig.Follow.DEFAULT_IDLE_TIMEOUT);
        defaults.put("/follow/rotation-grace", AgentConfig.Follow.DEFAULT_ROTATION_GRACE);
        defaults.put("/follow/rotated-watch", AgentConfig.Follow.DEFAULT_ROTATED_WATCH);
        defaults.put("/follow/backfill", AgentConfig.Follow.DEFAULT_BACKFILL);
        defaults.put("/retry/initial-backoff", AgentConfig.Retry.DEFAULT_INITIAL_BACKOFF);
        defaults.put("/retry/max-backoff", AgentConfig.Retry.DEFAULT_MAX_BACKOFF);
        defaults.put("/retry/multiplier", AgentConfig.Retry.DEFAULT_MULTIPLIER);
        defaults.put("/retry/jitter", AgentConfig.Retry.DEFAULT_JITTER);
        defaults.put("/status-interval", AgentConfig.DEFAULT_STATUS_INTERVAL);
        defaults.put("/streams/0/format", AgentConfig.Stream.DEFAULT_FORMAT);
        Map<String, String> shown = new LinkedHashMap<>();
        for (String key : defaults.keySet()) {
            JsonNode value = example.at(key);
            shown.put(key, value.isContainerNode() ? value.toString() : value.asText());
        }

        assertEquals(defaults, shown);
    }

    @Test
    void keysLeftOutTakeTheirDefaultsAndPathsAreTakenFromTheFilesDirectory() throws IOException {
        Path file = write("streams:\n  - site: www.example.org\n    host: web-01\n    access-log: logs/access.log\n");

        AgentSetup setup = AgentConfigFile.read(file);

        assertEquals(List.of(new StreamSpec("www.example.org", "web-01", "combined", dir.resolve("logs/access.log"),
                Optional.empty())), setup.streams());
        assertEquals(defaults(), setup.follow());
        assertEquals(AgentConfigFile.defaultStateFile(), setup.stateFile());
    }

    @Test
    void everySettingIsRead() throws IOException {
        Files.writeString(dir.resolve("token"), "tok-123\n");
        Path file = write("""
                ingest:
                  servers: [ "ingest-1:9000", "[::1]:9001" ]
                  token-file: token
                  tls-ca: ca.pem
                batch: { lines: 10, bytes: 2048, linger: 1s, window: 2, ack-timeout: 5m }
                follow: { poll-interval: 100ms, idle-timeout: 1m, rotation-grace: PT3S, rotated-watch: 30s, backfill: true }
                retry: { initial-backoff: 1s, max-backoff: 1h, multiplier: 3, jitter: 0 }
                state-file: state/agent.json
                status-interval: 1s
                streams:
                  - { site: a.example.org, host: h, format: common, access-log: /logs/a.log, error-log: /logs/a.err }
                """);

        AgentSetup setup = AgentConfigFile.read(file);

        assertEquals(new FollowSettings(new BatchLimits(10, 2048), 2, Duration.ofSeconds(1), Duration.ofMillis(100),
                Duration.ofMinutes(1), Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofMinutes(5), true,
                new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 3, 0)), setup.follow());
        assertEquals(List.of(new ServerAddress("ingest-1", 9000), new ServerAddress("::1", 9001)), setup.servers());
        assertTrue(setup.channel().tls());
        assertEquals(Optional.of(dir.resolve("ca.pem")), setup.channel().trustedCa());
        assertTrue(setup.channel().token().isPresent());
        assertEquals(dir.resolve("state/agent.json"), setup.stateFile());
        assertEquals(List.of(new StreamSpec("a.example.org", "h", "common", Path.of("/logs/a.log"),
                Optional.of(Path.of("/logs/a.err")))), setup.streams());
    }

    @Test
    void misspeltKeyIsAnErrorNamingItAndWhereItIs() throws IOException {
        Path file = write("batch:\n  windows: 4\nstreams:\n  - { site: a, access-log: a.log }\n");

        ConfigFileException refused = assertThrows(ConfigFileException.class, () -> AgentConfigFile.read(file));

        assertEquals(file + " (batch.windows): unknown key 'windows'", refused.getMessage());
    }

    @Test
    void badDurationIsAnErrorSayingHowToWriteOne() throws IOException {
        Path file = write("follow:\n  poll-interval: soon\nstreams:\n  - { site: a, access-log: a.log }\n");

        ConfigFileException refused = assertThrows(ConfigFileException.class, () -> AgentConfigFile.read(file));

        assertEquals(file + " (follow.poll-interval): not a duration: 'soon' (write e.g. 250ms, 2s, 5m, 1h or PT2S)",
                refused.getMessage());
    }

    @Test
    void streamWithoutASiteIsAnError() throws IOException {
        Path file = write("streams:\n  - access-log: a.log\n");

        ConfigFileException refused = assertThrows(ConfigFileException.class, () -> AgentConfigFile.read(file));

        assertEquals(file + ": streams[0]: a stream needs a 'site'", refused.getMessage());
    }

    @Test
    void fileWithoutStreamsIsAnError() throws IOException {
        Path file = write("batch:\n  window: 4\n");

        ConfigFileException refused = assertThrows(ConfigFileException.class, () -> AgentConfigFile.read(file));

        assertEquals(file + ": 'streams' must list at least one stream", refused.getMessage());
    }

    @Test
    void accessLogListedTwiceIsAnError() throws IOException {
        Path file = write("streams:\n  - { site: a, access-log: /l/a.log }\n  - { site: b, access-log: /l/a.log }\n");

        ConfigFileException refused = assertThrows(ConfigFileException.class, () -> AgentConfigFile.read(file));

        assertEquals(file + ": streams: /l/a.log is listed twice; a file is shipped by one stream", refused.getMessage());
    }

    @Test
    void fileThatIsNotYamlIsAnErrorWithTheLine() throws IOException {
        Path file = write("streams:\n  - { site: a, access-log: a.log\n");

        ConfigFileException refused = assertThrows(ConfigFileException.class, () -> AgentConfigFile.read(file));

        assertEquals(file + " line 2: not YAML: while parsing a flow mapping: expected ',' or '}', but got <stream end>",
                refused.getMessage());
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("missing.yaml");

        ConfigFileException refused = assertThrows(ConfigFileException.class, () -> AgentConfigFile.read(missing));

        assertEquals(missing + ": " + missing + ": no such file", refused.getMessage());
    }

    private static FollowSettings defaults() {
        return new FollowSettings(new BatchLimits(50_000, 1024 * 1024), 8, Duration.ofMillis(200), Duration.ofMillis(250),
                Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofSeconds(60), false,
                new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2, 0.2));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("agent.yaml"), yaml);
    }
}
