package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged agent follows logs through each way a log changes under it (copy and truncate, also written past the
 * old read position before the agent looks, rename while the server goes on writing into the renamed file long
 * after the rotation grace, delete and recreate, a last line still being written, rotated files
 * waiting at first start, many logs at once), stops cleanly on SIGTERM, is refused with a wrong token or a token
 * for another site, and ships Apache's and nginx's error logs, counted per level and day. Each ends with the report's
 * totals, read from PostgreSQL, exactly equal to the counts taken from the lines written (or with nothing stored at
 * all for a refused site).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowScenariosEndToEndIT {
    private static final Duration FEEDING = Duration.ofSeconds(4);
    private static final Duration SETTLING = Duration.ofMinutes(2);
    /** Far longer than the agent's linger and poll interval: what it has not shipped by then it holds back. */
    private static final Duration HOLDING_BACK = Duration.ofMillis(1500);
    /** Four times the agent's rotation grace (500 ms): a rotated file not written since is finished by then. */
    private static final Duration LONG_AFTER_ROTATION_GRACE = Duration.ofSeconds(2);

    private final ObjectMapper json = new ObjectMapper();
    private Pipeline pipeline;
    private Path work;

    @BeforeAll
    void startPipeline(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path work) throws Exception {
        this.work = work;
        pipeline = Pipeline.start("e2e_follow_scenarios");
    }

    @AfterAll
    void stopPipeline() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void copyTruncateUnderContinuousWritesEndsWithExactTotals() throws Exception {
        String site = "copytruncate.e2e.example.org";
        Path sample = samples("copytruncate", 3000, 404, site).get(site);
        try (FollowingAgent agent = new FollowingAgent("copytruncate", List.of(site), false)) {
            LogFeeder.start(sample, agent.log(site), FEEDING, LogFeeder.Rotation.COPY_TRUNCATE).close();
            agent.assertExactTotals(Map.of(site, ReferenceCounts.of(sample)));
        }
    }

    @Test
    void copyTruncateWrittenPastTheOldPositionBeforeTheAgentLooksShipsBothFilesWholeWithExactTotals() throws Exception {
        String site = "regrown.e2e.example.org";
        Path sample = samples("regrown", 3000, 1313, site).get(site);
        byte[] bytes = Files.readAllBytes(sample);
        int cut = LogFeeder.lineEndAfter(bytes, bytes.length / 3);
        byte[] before = Arrays.copyOf(bytes, cut);
        byte[] after = Arrays.copyOfRange(bytes, cut, bytes.length);
        ReferenceCounts beforeCounts = ReferenceCounts.of(Files.write(work.resolve("regrown/before.log"), before));
        try (FollowingAgent agent = new FollowingAgent("regrown", List.of(site), false)) {
            Path live = agent.log(site);
            Files.write(live, before);
            agent.awaitLinesCounted(site, beforeCounts.hits + beforeCounts.rejected);
            Files.copy(live, live.resolveSibling(site + ".access.log.1"));
            // Truncated and written past the old read position in one write, before the agent's next look.
            Files.write(live, after, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            agent.assertExactTotals(Map.of(site, ReferenceCounts.of(sample)));
        }
        assertEquals(Map.of(Pipeline.sha256Hex(Arrays.copyOf(before, LogFeeder.lineEndAfter(before, 0))), (long) before.length,
                Pipeline.sha256Hex(Arrays.copyOf(after, LogFeeder.lineEndAfter(after, 0))), (long) after.length),
                pipeline.committedOffsets(site), "file identity -> committed offset");
    }

    @Test
    void linesAServerWritesIntoTheRotatedFileLongAfterTheRotationGraceAreCountedWithExactOffsets() throws Exception {
        String site = "late-writes.e2e.example.org";
        Path sample = samples("late-writes", 3000, 1515, site).get(site);
        byte[] bytes = Files.readAllBytes(sample);
        int firstCut = LogFeeder.lineEndAfter(bytes, bytes.length / 3);
        int secondCut = LogFeeder.lineEndAfter(bytes, bytes.length / 2);
        int thirdCut = LogFeeder.lineEndAfter(bytes, 2 * bytes.length / 3);
        byte[] beforeRotation = Arrays.copyOf(bytes, firstCut);
        byte[] newFile = Arrays.copyOfRange(bytes, firstCut, secondCut);
        byte[] late = Arrays.copyOfRange(bytes, secondCut, thirdCut);
        byte[] later = Arrays.copyOfRange(bytes, thirdCut, bytes.length);
        ReferenceCounts shippedBeforeRotation = ReferenceCounts.of(
                Files.write(work.resolve("late-writes/before-rotation.log"), beforeRotation));
        ReferenceCounts shippedBeforeLateWrites = ReferenceCounts.of(
                Files.write(work.resolve("late-writes/before-late-writes.log"), Arrays.copyOf(bytes, secondCut)));
        try (FollowingAgent agent = new FollowingAgent("late-writes", List.of(site), false)) {
            Path live = agent.log(site);
            // The web server's descriptor: it goes on writing into the file it opened, wherever the file is renamed.
            try (OutputStream server = LogFeeder.openForAppending(live)) {
                server.write(beforeRotation);
                server.flush();
                agent.awaitLinesCounted(site, shippedBeforeRotation.hits + shippedBeforeRotation.rejected);
                Files.move(live, live.resolveSibling(site + ".access.log.1"));
                Files.write(live, newFile);
                agent.awaitLinesCounted(site, shippedBeforeLateWrites.hits + shippedBeforeLateWrites.rejected);
                Thread.sleep(LONG_AFTER_ROTATION_GRACE.toMillis());
                server.write(late);
                server.flush();
                Thread.sleep(LONG_AFTER_ROTATION_GRACE.toMillis());
                server.write(later);
            }
            agent.assertExactTotals(Map.of(site, ReferenceCounts.of(sample)));
        }
        assertEquals(Map.of(Pipeline.sha256Hex(Arrays.copyOf(beforeRotation, LogFeeder.lineEndAfter(beforeRotation, 0))),
                (long) beforeRotation.length + late.length + later.length,
                Pipeline.sha256Hex(Arrays.copyOf(newFile, LogFeeder.lineEndAfter(newFile, 0))), (long) newFile.length),
                pipeline.committedOffsets(site), "file identity -> committed offset");
    }

    @Test
    void errorLogsOfApacheAndNginxAreShippedAndCountedPerLevelAndDayWithExactOffsets() throws Exception {
        String apacheSite = "apache-errors.e2e.example.org";
        String nginxSite = "nginx-errors.e2e.example.org";
        Map<String, Path> samples = samples("error-logs", 500, 1616, apacheSite, nginxSite);
        Path directory = Files.createDirectories(work.resolve("error-logs/agent"));
        Path apacheErrors = Files.writeString(directory.resolve("apache.error.log"), """
                [Tue Mar 05 10:02:00.123456 2024] [core:error] [pid 1234:tid 140245] [client 192.0.2.1:51234] AH00126: Invalid URI in request GET /%zz HTTP/1.1
                [Tue Mar 05 10:02:03.000001 2024] [authz_core:error] [pid 1234:tid 140246] [client 192.0.2.2:40000] AH01630: client denied by server configuration: /srv/www/private
                [Tue Mar 05 10:05:00.500000 2024] [mpm_event:notice] [pid 1:tid 140] AH00489: Apache/2.4.58 (Unix) configured -- resuming normal operations
                [Wed Mar 06 00:00:01.000000 2024] [ssl:warn] [pid 1235:tid 140247] AH01909: server certificate does NOT include an ID which matches the server name
                PHP Stack trace:
                """);
        Path nginxErrors = Files.writeString(directory.resolve("nginx.error.log"), """
                2024/03/05 10:02:00 [error] 123#0: *1 open() "/usr/share/nginx/html/x" failed (2: No such file or directory), client: 192.0.2.1, server: localhost, request: "GET /x HTTP/1.1", host: "localhost"
                2024/03/05 10:03:00 [error] 123#0: *7 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 192.0.2.3
                2024/03/05 10:04:00 [crit] 123#0: *9 SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share)
                2024/03/05 11:00:00 [notice] 4711#4711: signal process started
                """);
        Files.copy(samples.get(apacheSite), directory.resolve("apache.access.log"));
        Files.copy(samples.get(nginxSite), directory.resolve("nginx.access.log"));
        Path config = Files.writeString(directory.resolve("agent.yaml"), AgentProcess.followingConfig(
                pipeline.ingestAddress(), false, """
                  - { site: %s, host: e2e-host, access-log: apache.access.log, error-log: apache.error.log }
                  - { site: %s, host: e2e-host, access-log: nginx.access.log, error-log: nginx.error.log }
                """.formatted(apacheSite, nginxSite)));
        Process agent = pipeline.agent().start(directory.resolve("agent.log"), "run", "--config", config.toString());
        try {
            Map<String, Long> apacheLevels = Map.of("2024-03-05 error", 2L, "2024-03-05 notice", 1L,
                    "2024-03-06 warn", 1L);
            Map<String, Long> nginxLevels = Map.of("2024-03-05 error", 2L, "2024-03-05 crit", 1L,
                    "2024-03-05 notice", 1L);
            awaitErrorLevels(apacheSite, apacheLevels);
            awaitErrorLevels(nginxSite, nginxLevels);
            assertEquals(apacheLevels, pipeline.dailyHits(apacheSite, "ERROR_LEVEL"));
            assertEquals(nginxLevels, pipeline.dailyHits(nginxSite, "ERROR_LEVEL"));
            // The stack trace's line is no error-log line: rejected, like a bad access-log line, under the site, on
            // the day of the error line before it, which is no day of the access log's (the summary's range).
            assertEquals(1L, pipeline.dailyHits(apacheSite, "REJECTION_REASON").get("2024-03-06 not_matching_format"));
            assertTotals(apacheSite, ReferenceCounts.of(samples.get(apacheSite)));
            assertTotals(nginxSite, ReferenceCounts.of(samples.get(nginxSite)));
            assertEquals(Map.of(firstLineDigest(directory.resolve("apache.access.log")), Files.size(samples.get(apacheSite)),
                    firstLineDigest(apacheErrors), Files.size(apacheErrors)), pipeline.committedOffsets(apacheSite));
            assertEquals(Map.of(firstLineDigest(directory.resolve("nginx.access.log")), Files.size(samples.get(nginxSite)),
                    firstLineDigest(nginxErrors), Files.size(nginxErrors)), pipeline.committedOffsets(nginxSite));
        } finally {
            agent.destroyForcibly().waitFor();
        }
    }

    private void awaitErrorLevels(String site, Map<String, Long> expected) throws Exception {
        Instant deadline = Instant.now().plus(SETTLING);
        while (Instant.now().isBefore(deadline) && !pipeline.dailyHits(site, "ERROR_LEVEL").equals(expected)) {
            Thread.sleep(100);
        }
        // The access log may commit after the error log: wait for its lines too.
        ReferenceCounts access = ReferenceCounts.of(work.resolve("error-logs/sample/" + site + ".access.log"));
        while (Instant.now().isBefore(deadline) && linesCounted(site) < access.hits + access.rejected) {
            Thread.sleep(100);
        }
    }

    private static String firstLineDigest(Path log) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return Pipeline.sha256Hex(Arrays.copyOf(bytes, LogFeeder.lineEndAfter(bytes, 0)));
    }

    @Test
    void sigtermWhileShippingExitsZeroHavingRecordedWhatTheReportCountsAndARestartEndsExact() throws Exception {
        String site = "sigterm.e2e.example.org";
        Path sample = samples("sigterm", 20000, 1414, site).get(site);
        try (FollowingAgent agent = new FollowingAgent("sigterm", List.of(site), false)) {
            Files.copy(sample, agent.log(site));
            agent.awaitLinesCounted(site, 1);
            agent.process.destroy();
            assertTrue(agent.process.waitFor(SETTLING.toSeconds(), TimeUnit.SECONDS), "the agent did not end on SIGTERM");
            assertEquals(0, agent.process.exitValue(), Files.readString(agent.directory.resolve("agent.log")));
            JsonNode stream = agent.streams().get(site);
            assertEquals("stopped", stream.get("state").asText());
            assertEquals(linesCounted(site), stream.get("linesAcknowledged").asLong(),
                    "lines the agent recorded as acknowledged, and lines the report counts");
        }
        try (FollowingAgent restarted = new FollowingAgent("sigterm", List.of(site), false)) {
            restarted.assertExactTotals(Map.of(site, ReferenceCounts.of(sample)));
        }
    }

    @Test
    void deleteAndRecreateUnderContinuousWritesEndsWithExactTotals() throws Exception {
        String site = "recreated.e2e.example.org";
        Path sample = samples("recreated", 3000, 505, site).get(site);
        try (FollowingAgent agent = new FollowingAgent("recreated", List.of(site), false)) {
            LogFeeder.start(sample, agent.log(site), FEEDING, LogFeeder.Rotation.DELETE_AND_RECREATE).close();
            agent.assertExactTotals(Map.of(site, ReferenceCounts.of(sample)));
        }
    }

    @Test
    void lastLineWithoutItsNewlineIsCountedOnlyOnceTheNewlineIsWritten() throws Exception {
        String site = "partial-line.e2e.example.org";
        Path sample = samples("partial-line", 2000, 606, site).get(site);
        byte[] bytes = Files.readAllBytes(sample);
        int lastLine = lastLineStart(bytes);
        int cut = lastLine + (bytes.length - lastLine) / 2;
        Path completeLines = Files.write(work.resolve("partial-line/complete-lines.log"), Arrays.copyOf(bytes, lastLine));
        ReferenceCounts before = ReferenceCounts.of(completeLines);
        try (FollowingAgent agent = new FollowingAgent("partial-line", List.of(site), false)) {
            Path live = agent.log(site);
            Files.write(live, Arrays.copyOf(bytes, cut));
            agent.awaitLinesCounted(site, before.hits + before.rejected);
            Thread.sleep(HOLDING_BACK.toMillis());
            assertTotals(site, before);

            Files.write(live, Arrays.copyOfRange(bytes, cut, bytes.length), StandardOpenOption.APPEND);
            agent.assertExactTotals(Map.of(site, ReferenceCounts.of(sample)));
        }
    }

    @Test
    void backfillShipsGzippedAndRotatedFilesOldestFirstThenTheLiveFileEachLineOnce() throws Exception {
        String site = "backfill.e2e.example.org";
        Path sample = samples("backfill", 3000, 707, site).get(site);
        byte[] bytes = Files.readAllBytes(sample);
        int firstCut = LogFeeder.lineEndAfter(bytes, bytes.length / 3);
        int secondCut = LogFeeder.lineEndAfter(bytes, 2 * bytes.length / 3);
        byte[] oldest = Arrays.copyOfRange(bytes, 0, firstCut);
        byte[] older = Arrays.copyOfRange(bytes, firstCut, secondCut);
        byte[] live = Arrays.copyOfRange(bytes, secondCut, bytes.length);
        Path directory = Files.createDirectories(work.resolve("backfill/logs"));
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(directory.resolve(site + ".access.log.2.gz")))) {
            gzip.write(oldest);
        }
        Files.write(directory.resolve(site + ".access.log.1"), older);
        Files.write(directory.resolve(site + ".access.log"), live);

        try (FollowingAgent agent = new FollowingAgent("backfill", List.of(site), true)) {
            agent.assertExactTotals(Map.of(site, ReferenceCounts.of(sample)));
        }
        Map<String, Long> expectedLedger = new LinkedHashMap<>();
        for (byte[] file : List.of(oldest, older, live)) {
            expectedLedger.put(Pipeline.sha256Hex(Arrays.copyOf(file, LogFeeder.lineEndAfter(file, 0))), (long) file.length);
        }
        assertEquals(expectedLedger, pipeline.committedOffsets(site),
                "each file committed to its end, oldest first (file identity -> committed offset)");
    }

    @Test
    void eightLogsFollowedByOneAgentWhileAllAreWrittenEndWithExactTotals() throws Exception {
        List<String> sites = IntStream.rangeClosed(1, 8).mapToObj(i -> "many-" + i + ".e2e.example.org").toList();
        Map<String, Path> samples = samples("many", 16000, 808, sites.toArray(String[]::new));
        Map<String, ReferenceCounts> expected = new LinkedHashMap<>();
        for (String site : sites) {
            expected.put(site, ReferenceCounts.of(samples.get(site)));
        }
        try (FollowingAgent agent = new FollowingAgent("many", sites, false)) {
            List<LogFeeder> feeders = new ArrayList<>();
            try {
                for (String site : sites) {
                    feeders.add(LogFeeder.start(samples.get(site), agent.log(site), FEEDING));
                }
            } finally {
                for (LogFeeder feeder : feeders) {
                    feeder.close();
                }
            }
            agent.assertExactTotals(expected);
        }
    }

    @Test
    void runOfNulBytesACrashLeftIsOneRejectedLineAndTheRestOfTheFileIsCounted() throws Exception {
        String site = "nul-run.e2e.example.org";
        Path sample = samples("nul-run", 1500, 1212, site).get(site);
        byte[] bytes = Files.readAllBytes(sample);
        int middle = LogFeeder.lineEndAfter(bytes, bytes.length / 2);
        // Three times the agent's default batch of 1 MiB: no batch can hold it.
        byte[] nulRun = new byte[3 * 1024 * 1024];
        nulRun[nulRun.length - 1] = '\n';
        Path damaged = work.resolve("nul-run/access.log");
        try (OutputStream out = Files.newOutputStream(damaged)) {
            out.write(bytes, 0, middle);
            out.write(nulRun);
            out.write(bytes, middle, bytes.length - middle);
        }

        AgentProcess.Result shipped = pipeline.agent().run("ship", "--site", site, "--format", "combined",
                "--server", pipeline.ingestAddress(), damaged.toString());

        assertEquals(0, shipped.exitCode(), shipped.stderr());
        ReferenceCounts expected = ReferenceCounts.of(sample);
        expected.rejected++;
        assertTotals(site, expected);
        assertEquals(1, rejectedAs(pipeline.summaryOrNull(site), "too_long"));
        assertEquals(List.of(Files.size(damaged)), List.copyOf(pipeline.committedOffsets(site).values()));
    }

    @Test
    void wrongTokenIsRefusedAsUnauthenticatedAndStoresNothing() throws Exception {
        String site = "wrong-token.e2e.example.org";
        Path sample = samples("wrong-token", 500, 909, site).get(site);
        AgentProcess.Result shipped = ship(site, "not-a-token-ingest-knows-" + System.nanoTime(), sample);
        assertRefused(shipped, "UNAUTHENTICATED");
        assertNothingStored(site);
    }

    @Test
    void tokenForAnotherSiteIsRefusedAsPermissionDeniedAndStoresNothing() throws Exception {
        String site = "not-the-token-site.e2e.example.org";
        Path sample = samples("other-site", 500, 1010, site).get(site);
        AgentProcess.Result shipped = ship(site, pipeline.limitedToken(), sample);
        assertRefused(shipped, "PERMISSION_DENIED");
        assertNothingStored(site);
    }

    @Test
    void tokenLimitedToOneSiteShipsThatSiteWithExactTotals() throws Exception {
        String site = Pipeline.LIMITED_SITE;
        Path sample = samples("limited-site", 500, 1111, site).get(site);
        AgentProcess.Result shipped = ship(site, pipeline.limitedToken(), sample);
        assertEquals(0, shipped.exitCode(), shipped.stderr());
        assertTotals(site, ReferenceCounts.of(sample));
    }

    private AgentProcess.Result ship(String site, String token, Path sample) throws IOException, InterruptedException {
        return pipeline.agent().run("ship", "--site", site, "--format", "combined", "--server", pipeline.ingestAddress(),
                "--token", token, sample.toString());
    }

    private static void assertRefused(AgentProcess.Result shipped, String code) {
        assertEquals(1, shipped.exitCode(), shipped.stdout() + shipped.stderr());
        String reason = shipped.stderr().strip();
        assertFalse(reason.contains("\n"), "one line of reason: " + reason);
        assertTrue(reason.startsWith("hitstream-agent: ") && reason.contains(code), reason);
    }

    private void assertNothingStored(String site) throws Exception {
        assertNull(pipeline.summaryOrNull(site), "the report knows " + site);
        assertEquals(Map.of(), pipeline.committedOffsets(site), "committed offsets of " + site);
    }

    private void assertTotals(String site, ReferenceCounts expected) throws IOException, InterruptedException {
        JsonNode summary = pipeline.summaryOrNull(site);
        assertNotNull(summary, "no line of " + site + " was counted");
        assertEquals(expected.hits, summary.get("hits").asLong(), "hits of " + site);
        assertEquals(expected.bytes, summary.get("bytes").asLong(), "bytes of " + site);
        assertEquals(expected.rejected, rejected(summary), "rejected lines of " + site);
    }

    private long linesCounted(String site) throws IOException, InterruptedException {
        JsonNode summary = pipeline.summaryOrNull(site);
        return summary == null ? 0 : summary.get("hits").asLong() + rejected(summary);
    }

    private static long rejectedAs(JsonNode summary, String reason) {
        long rejected = 0;
        for (JsonNode rejection : summary.get("rejections")) {
            if (rejection.get("reason").asText().equals(reason)) {
                rejected += rejection.get("lines").asLong();
            }
        }
        return rejected;
    }

    private static long rejected(JsonNode summary) {
        long rejected = 0;
        for (JsonNode rejection : summary.get("rejections")) {
            rejected += rejection.get("lines").asLong();
        }
        return rejected;
    }

    /** Generates a sample log per site into a folder of its own; the same arguments give the same bytes. */
    private Map<String, Path> samples(String name, int lines, long seed, String... sites) throws Exception {
        Path out = work.resolve(name).resolve("sample");
        AgentProcess.Result generated = pipeline.agent().run("generate", "--out", out.toString(), "--lines",
                String.valueOf(lines), "--days", "2", "--seed", String.valueOf(seed), "--sites", String.join(",", sites));
        assertEquals(0, generated.exitCode(), generated.stderr());
        return Arrays.stream(sites).collect(Collectors.toMap(site -> site, site -> out.resolve(site + ".access.log"),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static int lastLineStart(byte[] log) {
        int end = log.length - 1;
        while (end > 0 && log[end - 1] != '\n') {
            end--;
        }
        return end;
    }

    /** One agent running {@code run} on the access logs {@code <site>.access.log} of its sites, in a folder of its own. */
    private final class FollowingAgent implements AutoCloseable {
        final Path directory;
        final Path logs;
        final Process process;

        FollowingAgent(String name, List<String> sites, boolean backfill) throws Exception {
            directory = Files.createDirectories(work.resolve(name));
            logs = Files.createDirectories(directory.resolve("logs"));
            StringBuilder streams = new StringBuilder();
            for (String site : sites) {
                streams.append("  - { site: %s, host: e2e-host, format: combined, access-log: logs/%s.access.log }\n"
                        .formatted(site, site));
            }
            Path config = Files.writeString(directory.resolve("agent.yaml"),
                    AgentProcess.followingConfig(pipeline.ingestAddress(), backfill, streams.toString()));
            process = pipeline.agent().start(directory.resolve("agent.log"), "run", "--config", config.toString());
            awaitFollowing(sites);
        }

        /**
         * Waits until the agent reports a stream for every site: until then it may not be watching the paths yet,
         * and a rotation written before it looks would leave the first file to backfill, which may be off.
         */
        private void awaitFollowing(List<String> sites) throws Exception {
            Instant deadline = Instant.now().plus(SETTLING);
            while (!streams().keySet().containsAll(sites)) {
                assertTrue(Instant.now().isBefore(deadline) && process.isAlive(),
                        "the agent did not report its streams: " + Files.readString(directory.resolve("agent.log")));
                Thread.sleep(50);
            }
        }

        Path log(String site) {
            return logs.resolve(site + ".access.log");
        }

        /** Waits, within the settling time, until the report counted at least this many lines of the site; fails at once when a stream failed. */
        void awaitLinesCounted(String site, long lines) throws Exception {
            Instant deadline = Instant.now().plus(SETTLING);
            while (Instant.now().isBefore(deadline) && linesCounted(site) < lines) {
                streams();
                Thread.sleep(100);
            }
        }

        /** Waits until every stream is caught up and the report counted every line written, then compares. */
        void assertExactTotals(Map<String, ReferenceCounts> expected) throws Exception {
            Instant deadline = Instant.now().plus(SETTLING);
            while (Instant.now().isBefore(deadline) && !settled(expected)) {
                Thread.sleep(100);
            }
            for (var entry : expected.entrySet()) {
                assertTotals(entry.getKey(), entry.getValue());
            }
        }

        private boolean settled(Map<String, ReferenceCounts> expected) throws Exception {
            Map<String, JsonNode> streams = streams();
            for (var entry : expected.entrySet()) {
                JsonNode stream = streams.get(entry.getKey());
                boolean caughtUp = stream != null && stream.get("lagBytes").asLong() == 0
                        && stream.get("state").asText().startsWith("shipping");
                if (!caughtUp || linesCounted(entry.getKey()) < entry.getValue().hits + entry.getValue().rejected) {
                    return false;
                }
            }
            return true;
        }

        /** The streams of the agent's status file by site; fails at once when one says it failed. */
        private Map<String, JsonNode> streams() throws IOException {
            Path status = directory.resolve("state/state.status.json");
            Map<String, JsonNode> streams = new LinkedHashMap<>();
            if (!Files.exists(status)) {
                return streams;
            }
            for (JsonNode stream : json.readTree(Files.readAllBytes(status)).get("streams")) {
                String site = stream.get("site").asText();
                String state = stream.get("state").asText();
                assertFalse(state.startsWith("failed"), "the agent's stream of " + site + " " + state);
                streams.put(site, stream);
            }
            return streams;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }
    }
}
