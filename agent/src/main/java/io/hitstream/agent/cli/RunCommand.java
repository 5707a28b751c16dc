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
            "Every few seconds it writes <state>.status.json beside its state file; 'status' prints it."},
        footer = {"",
            "Settings of the configuration file [default]; durations: 250ms, 2s, 5m, 1h.",
            "  ingest.servers [localhost:8180]    ingest addresses, tried in turn",
            "  ingest.token-file, ingest.token    the bearer token (the options above win)",
            "  ingest.tls [false], ingest.tls-ca  TLS; a PEM file of CAs to trust",
            "  batch.lines [50000]                lines per batch, at most",
            "  batch.bytes [1048576]              bytes per batch, at most",
            "  batch.linger [200ms]               a partial batch waits this for more lines",
            "  batch.window [8]                   batches unacknowledged per stream, at most",
            "  batch.ack-timeout [60s]            no answer this long: the call starts over",
            "  follow.poll-interval [250ms]       how often files are checked",
            "  follow.idle-timeout [20s]          a file idle this long is reopened",
            "  follow.rotation-grace [2s]         a replaced file idle this long is finished",
            "  follow.backfill [false]            first start: ship access.log.N[.gz] first",
            "  retry.initial-backoff [500ms]      wait after a failed call; it grows by",
            "  retry.multiplier [2]               this per failure, up to",
            "  retry.max-backoff [30s]            this, less a random part of up to",
            "  retry.jitter [0.2]                 this share of it",
            "  state-file [$XDG_STATE_HOME/hitstream-agent/state.json]",
            "  status-interval [5s]               how often the status file is rewritten",
            "  streams[].site, .access-log        a site and its access log (required)",
            "  streams[].host [host name], .format [combined], .error-log (only counted)"})
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
