package io.hitstream.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hitstream.bench.LocalProcesses;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A log followed by {@code agent run} (its default batching and polling) while it is written at a steady rate;
 * once a second the line just written is sampled, and its freshness is the time until the report's JSON API counts
 * that many lines. The API is polled every {@value #POLL_MILLIS} ms, so a latency is up to that much too high.
 */
final class Freshness {
    static final String SITE = "fresh.example.com";
    private static final long POLL_MILLIS = 50;
    private static final int WRITES_PER_SECOND = 100;

    /** Latencies in milliseconds of the sampled lines, in the order written; and those never counted before the end. */
    record Result(int linesPerSecond, int seconds, List<Long> latenciesMillis, int neverCounted) {
        /** The latency that p % of the counted samples did not exceed; -1 when none was counted. */
        long percentile(double p) {
            if (latenciesMillis.isEmpty()) {
                return -1;
            }
            List<Long> sorted = latenciesMillis.stream().sorted().toList();
            return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
        }

        /**
         * The samples after the first {@code seconds}: freshly started services compile their hot code while the
         * first lines arrive, which a log followed for days pays once, so the warm figures are given beside.
         */
        Result afterFirst(int seconds) {
            List<Long> warm = latenciesMillis.subList(Math.min(seconds, latenciesMillis.size()), latenciesMillis.size());
            return new Result(linesPerSecond, this.seconds - seconds, warm, neverCounted);
        }
    }

    private record Sample(long lines, long writtenNanos) {
    }

    private final PipelineRun pipeline;
    private final Path dir;

    Freshness(PipelineRun pipeline, Path dir) {
        this.pipeline = pipeline;
        this.dir = dir;
    }

    Result measure(List<String> lines, int linesPerSecond, int seconds) throws Exception {
        Files.createDirectories(dir);
        // A state file of an earlier run would name a file and offsets this fresh database never saw.
        for (String leftOver : List.of("state/state.json", "state/state.status.json", "access.log")) {
            Files.deleteIfExists(dir.resolve(leftOver));
        }
        Path log = Files.createFile(dir.resolve("access.log"));
        String token = PipelineRun.newToken();
        try (PackagedServices services = pipeline.startOnFreshDatabase("freshness", token)) {
            Path config = writeConfig(services.port("ingest"), log);
            ProcessBuilder builder = new ProcessBuilder(LocalProcesses.java(), "-jar", pipeline.agentJar().toString(), "run",
                    "--config", config.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("agent.log").toFile()));
            builder.environment().put("HITSTREAM_AGENT_TOKEN", token);
            Process agent = builder.start();
            try {
                awaitStream(agent);
                return measure(services.report(), log, lines, linesPerSecond, seconds);
            } finally {
                agent.destroy();
                if (!agent.waitFor(20, TimeUnit.SECONDS)) {
                    agent.destroyForcibly();
                }
            }
        }
    }

    private Result measure(ReportClient report, Path log, List<String> lines, int linesPerSecond, int seconds)
            throws Exception {
        List<Sample> samples = new ArrayList<>();
        Thread writer = new Thread(() -> write(log, lines, linesPerSecond, seconds, samples), "freshness-writer");
        writer.start();
        List<Long> latencies = new ArrayList<>();
        int next = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds + 30).toNanos();
        while (System.nanoTime() < end && (writer.isAlive() || next < sampleCount(samples))) {
            long counted = report.linesCounted(SITE);
            long now = System.nanoTime();
            synchronized (samples) {
                while (next < samples.size() && samples.get(next).lines() <= counted) {
                    latencies.add((now - samples.get(next).writtenNanos()) / 1_000_000);
                    next++;
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        writer.join();
        return new Result(linesPerSecond, seconds, latencies, sampleCount(samples) - next);
    }

    private static int sampleCount(List<Sample> samples) {
        synchronized (samples) {
            return samples.size();
        }
    }

    /** Writes {@code linesPerSecond} lines a second in {@value #WRITES_PER_SECOND} even writes, flushed each time. */
    private static void write(Path log, List<String> lines, int linesPerSecond, int seconds, List<Sample> samples) {
        int perWrite = linesPerSecond / WRITES_PER_SECOND;
        long start = System.nanoTime();
        long written = 0;
        try (OutputStream out = Files.newOutputStream(log)) {
            for (int tick = 0; tick < seconds * WRITES_PER_SECOND; tick++) {
                long due = start + tick * (1_000_000_000L / WRITES_PER_SECOND);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                StringBuilder chunk = new StringBuilder();
                for (int i = 0; i < perWrite; i++) {
                    chunk.append(lines.get((int) (written++ % lines.size()))).append('\n');
                }
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (tick % WRITES_PER_SECOND == WRITES_PER_SECOND - 1) {
                    synchronized (samples) {
                        samples.add(new Sample(written, System.nanoTime()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path writeConfig(int ingestPort, Path log) throws IOException {
        return Files.writeString(dir.resolve("agent.yaml"), """
                ingest:
                  servers: [ "localhost:%d" ]
                state-file: %s
                status-interval: 200ms
                streams:
                  - { site: %s, host: bench-host, format: combined, access-log: %s }
                """.formatted(ingestPort, dir.resolve("state/state.json"), SITE, log));
    }

    /** Writing starts only once the agent reports its stream, so the first samples do not time its start. */
    private void awaitStream(Process agent) throws IOException, InterruptedException {
        Path status = dir.resolve("state/state.status.json");
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && agent.isAlive()) {
            if (Files.exists(status)) {
                JsonNode streams = json.readTree(Files.readAllBytes(status)).get("streams");
                if (streams != null && streams.size() == 1) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the agent did not report its stream; see " + dir.resolve("agent.log"));
    }
}
