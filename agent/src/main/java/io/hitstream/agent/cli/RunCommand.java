package io.hitstream.agent.cli;

import io.hitstream.agent.config.AgentConfig;
import io.hitstream.agent.config.AgentConfig.Batch;
import io.hitstream.agent.config.AgentConfig.Follow;
import io.hitstream.agent.config.AgentConfig.Ingest;
import io.hitstream.agent.config.AgentConfig.Retry;
import io.hitstream.agent.config.AgentConfig.Stream;
import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.config.AgentSetup;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamFollowers;
import io.hitstream.agent.state.AgentLock;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.status.StatusFile;
import io.hitstream.agent.wire.IngestChannels;
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
                + "Runs until stopped; on SIGTERM it sends nothing more and exits 0 once what it sent is acknowledged; "
                + "exits 1 once every stream was refused for good.",
            "agent/agent.example.yaml documents every setting. Settings given here take precedence over the file's.",
            "Every few seconds it writes <state>.status.json beside its state file; 'status' prints it."},
        footer = {"",
            "Settings of the configuration file [default]; durations: 250ms, 2s, 5m, 1h.",
            "  ingest.servers               ingest addresses, tried in turn [" + Ingest.DEFAULT_SERVER + "]",
            "  ingest.token-file, .token    the bearer token (the options above win)",
            "  ingest.tls, .tls-ca          TLS [" + Ingest.DEFAULT_TLS + "]; a PEM file of CAs to trust",
            "  batch.lines                  lines per batch, at most [" + Batch.DEFAULT_LINES + "]",
            "  batch.bytes                  bytes per batch, at most [" + Batch.DEFAULT_BYTES + "]",
            "  batch.linger                 a partial batch waits [" + Batch.DEFAULT_LINGER + "]",
            "  batch.window                 unacknowledged batches, at most [" + Batch.DEFAULT_WINDOW + "]",
            "  batch.ack-timeout            no answer this long: call again [" + Batch.DEFAULT_ACK_TIMEOUT + "]",
            "  follow.poll-interval         how often files are checked [" + Follow.DEFAULT_POLL_INTERVAL + "]",
            "  follow.idle-timeout          a file idle this long is reopened [" + Follow.DEFAULT_IDLE_TIMEOUT + "]",
            "  follow.rotation-grace        a replaced file idle this long ends ["
                + Follow.DEFAULT_ROTATION_GRACE + "]",
            "  follow.rotated-watch         a finished rotated file is watched [" + Follow.DEFAULT_ROTATED_WATCH + "]",
            "  follow.backfill              first start: access.log.N first [" + Follow.DEFAULT_BACKFILL + "]",
            "  retry.initial-backoff        wait after a failed call [" + Retry.DEFAULT_INITIAL_BACKOFF + "],",
            "  retry.multiplier             growing by this per failure [" + Retry.DEFAULT_MULTIPLIER + "]",
            "  retry.max-backoff            up to this [" + Retry.DEFAULT_MAX_BACKOFF + "], less at random",
            "  retry.jitter                 up to this share of it [" + Retry.DEFAULT_JITTER + "]",
            "  state-file                   [" + AgentConfig.DEFAULT_STATE_FILE + "]",
            "  status-interval              status file rewritten every [" + AgentConfig.DEFAULT_STATUS_INTERVAL + "]",
            "  streams[].site, .access-log  a site and its access log (required)",
            "  streams[].format             its log format [" + Stream.DEFAULT_FORMAT + "]",
            "  streams[].host               the web host [this host's name]",
            "  streams[].error-log          an error log (Apache, nginx), shipped"})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", defaultValue = "${env:HITSTREAM_AGENT_CONFIG}",
            description = "The YAML configuration file (default: $HITSTREAM_AGENT_CONFIG).")
    private Path config;

    @Mixin
    private ChannelOptions channel;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AgentSetup setup = AgentConfigFile.read(config).overriddenBy(channel.token(), channel.tls(), channel.tlsCa());
        TerminationRequest termination = TerminationRequest.handleSigterm();
        try (AgentLock lock = AgentLock.acquire(setup.stateFile());
                IngestChannels channels = new IngestChannels(setup.servers(), setup.channel());
                StreamFollowers followers = StreamFollowers.start(setup.streams(), setup.follow(), channels,
                        StateFile.load(setup.stateFile()), Optional.of(StatusFile.besideState(setup.stateFile())),
                        setup.statusInterval())) {
            termination.onRequest(followers::stopAfterInFlight);
            List<String> failures = followers.awaitFailures();
            if (termination.requested()) {
                return 0;
            }
            throw new StreamFailure("every stream stopped: " + String.join("; ", failures));
        }
    }
}
