package io.hitstream.agent.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The agent's command line in a process of its own, on the test's class path, so that a test can signal it. */
final class AgentProcess {

    private AgentProcess() {
    }

    /** Starts {@code hitstream-agent ARGS…}; its output goes to {@code log}. */
    static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** What the packaged agent's entry point does, without Quarkus: run the command line and exit with its status. */
    public static final class Main {
        public static void main(String[] args) {
            System.exit(AgentCommand.commandLine().execute(args));
        }
    }
}
