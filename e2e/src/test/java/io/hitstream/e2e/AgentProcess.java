package io.hitstream.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged agent jar as a user would, capturing what it prints; or starts it to run until killed. */
final class AgentProcess {
    record Result(int exitCode, String stdout, String stderr) {
    }

    private final Path jar;
    private final Map<String, String> environment;

    AgentProcess(Path root) {
        this(root, Map.of());
    }

    /** An agent run with these environment variables besides the test's own, e.g. HITSTREAM_AGENT_TOKEN. */
    AgentProcess(Path root, Map<String, String> environment) {
        this.jar = root.resolve("agent/target/agent-0.1.0-SNAPSHOT-runner.jar");
        this.environment = Map.copyOf(environment);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not packaged: " + jar);
        }
    }

    /**
     * An agent configuration for following logs quickly, for tests: small batches, short linger, poll and rotation
     * grace, quick retries, state and status in {@code state/} beside it; {@code streams} is the YAML list's lines.
     */
    static String followingConfig(String ingestAddress, boolean backfill, String streams) {
        return """
                ingest:
                  servers: [ "%s" ]
                batch: { lines: 500, linger: 50ms, window: 4 }
                follow: { poll-interval: 50ms, rotation-grace: 500ms, backfill: %s }
                retry: { initial-backoff: 100ms, max-backoff: 2s }
                state-file: state/state.json
                status-interval: 200ms
                streams:
                %s""".formatted(ingestAddress, backfill, streams);
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile("agent", ".out");
        Path err = Files.createTempFile("agent", ".err");
        Process process = builder(arguments)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("agent did not finish: " + List.of(arguments));
        }
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Starts a command that runs until stopped, such as {@code run}, appending what it prints to {@code log}. */
    Process start(Path log, String... arguments) throws IOException {
        return builder(arguments)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private ProcessBuilder builder(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Java.executable(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder;
    }
}
