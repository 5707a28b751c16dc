package io.hitstream.agent.cli;

import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.config.AgentSetup;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamFollowers;
import io.hitstream.agent.ship.IngestChannels;
import io.hitstream.agent.state.AgentLock;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.status.StatusFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: follows every configured stream until stopped. */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Follows every stream of the configuration file like tail -F and ships each complete line "
                + "exactly once: through rotation (rename, copy and truncate, delete and recreate), restarts of the "
                + "agent, and ingest going away (it reconnects with backoff, trying each ingest address in turn). "
                + "Runs until stopped; exits 1 once every stream was refused for good.",
            "agent/agent.example.yaml documents every setting. Settings given here take precedence over the file's.",
            "Every few seconds it writes <state>.status.json beside its state file; 'status' prints it."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", defaultValue = "${env:HITSTREAM_AGENT_CONFIG}",
            description = "The YAML configuration file (default: $HITSTREAM_AGENT_CONFIG).")
    private Path config;

    @Mixin
    private ChannelOptions channel;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AgentSetup setup = AgentConfigFile.read(config).overriddenBy(channel.token(), channel.tls(), channel.tlsCa());
        try (AgentLock lock = AgentLock.acquire(setup.stateFile());
                IngestChannels channels = new IngestChannels(setup.servers(), setup.channel());
                StreamFollowers followers = StreamFollowers.start(setup.streams(), setup.follow(), channels,
                        StateFile.load(setup.stateFile()), Optional.of(StatusFile.besideState(setup.stateFile())),
                        setup.statusInterval())) {
            List<String> failures = followers.awaitFailures();
            throw new StreamFailure("every stream stopped: " + String.join("; ", failures));
        }
    }
}
