package io.hitstream.agent.cli;

import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.status.StatusFile;
import io.hitstream.agent.status.StatusTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status}: prints what the running agent last wrote to its status file. */
@Command(name = "status", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Prints, per stream, the lines read, shipped and acknowledged since the agent started, how far "
                + "it is behind (bytes on disk not yet acknowledged, and the age of the oldest of them) and what it "
                + "does now; and the error-log lines counted per level. It reads the status file the running agent "
                + "rewrites beside its state file, and says when that is older than it should be."})
public final class StatusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "${env:HITSTREAM_AGENT_CONFIG}",
            description = "The agent's configuration file, which says where its state is (default: "
                    + "$HITSTREAM_AGENT_CONFIG, else the default state file).")
    private Path config;

    @Override
    public Integer call() throws IOException {
        Path stateFile = config == null ? AgentConfigFile.defaultStateFile() : AgentConfigFile.stateFile(config);
        StatusFile status = StatusFile.besideState(stateFile);
        if (!Files.exists(status.path())) {
            throw new IOException(status.path() + ": no status yet; has the agent run with this configuration?");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(StatusTable.render(status.read(), Instant.now()));
        out.flush();
        return 0;
    }
}
