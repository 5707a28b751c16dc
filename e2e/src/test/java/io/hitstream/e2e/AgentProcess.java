package io.hitstream.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged agent jar as a user would, capturing what it prints. */
final class AgentProcess {
    record Result(int exitCode, String stdout, String stderr) {
    }

    private final Path jar;

    AgentProcess(Path root) {
        this.jar = root.resolve("agent/target/agent-0.1.0-SNAPSHOT-runner.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not packaged: " + jar);
        }
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Java.executable(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("agent", ".out");
        Path err = Files.createTempFile("agent", ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("agent did not finish: " + command);
        }
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
