package io.hitstream.agent.cli;

import io.hitstream.agent.batch.BatchLimits;
import io.hitstream.agent.config.AgentConfig;
import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.config.LocalHostName;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamFollowers;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.ServerAddress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ship}: sends whole log files to ingest and exits once every complete line is acknowledged. */
@Command(name = "ship", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Ships log files (plain or gzip) to ingest, one Ship stream per file, resuming where ingest "
                + "says the file is committed. Exits 0 once every complete line is acknowledged, 1 with a one-line "
                + "reason when ingest refuses, or cannot be reached or commit for the time --retry-for gives.",
            "On a terminal it shows a progress bar; otherwise it prints one line per file: "
                + "<file>: <lines> lines, <bytes> bytes, <accepted> accepted, <rejected> rejected, "
                + "<skipped> already committed",
            "With --follow it then keeps following the files like tail -F, as 'run' does, until stopped; on SIGTERM "
                + "it sends nothing more and exits 0 once what it sent is acknowledged."})
public final class ShipCommand implements Callable<Integer> {

    /** Long enough for ingest or stats to restart (a rolling update, a crash and its restart). */
    static final String DEFAULT_RETRY_FOR = "2m";

    @Spec
    private CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "SITE",
            description = "Site (virtual host) the logs belong to, e.g. www.example.org.")
    private String site;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Log format name known to ingest: combined or common.")
    private String format;

    @Option(names = "--server", paramLabel = "HOST:PORT",
            defaultValue = "${HITSTREAM_AGENT_SERVER:-" + AgentConfig.Ingest.DEFAULT_SERVER + "}",
            description = "Ingest's gRPC address; [::1]:8180 for IPv6 (default: ${DEFAULT-VALUE}, "
                    + "or $HITSTREAM_AGENT_SERVER).")
    private ServerAddress server;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Name of the web host that wrote the logs (default: this machine's host name).")
    private String host;

    @Option(names = "--batch-lines", paramLabel = "N", defaultValue = AgentConfig.Batch.DEFAULT_LINES,
            description = "At most this many lines per batch (default: ${DEFAULT-VALUE}).")
    private int batchLines;

    @Option(names = "--batch-bytes", paramLabel = "N", defaultValue = AgentConfig.Batch.DEFAULT_BYTES,
            description = "At most this many bytes per batch; a longer line cannot be shipped "
                    + "(default: ${DEFAULT-VALUE}).")
    private int batchBytes;

    @Option(names = "--window", paramLabel = "N", defaultValue = AgentConfig.Batch.DEFAULT_WINDOW,
            description = "At most this many batches sent but not yet acknowledged (default: ${DEFAULT-VALUE}).")
    private int window;

    @Option(names = "--retry-for", paramLabel = "DURATION", defaultValue = DEFAULT_RETRY_FOR,
            converter = DurationConverter.class,
            description = "When ingest is out of reach, restarting or too slow to commit, try again (resuming where it "
                    + "committed) for this long without progress before giving up, e.g. 0s, 30s, 5m "
                    + "(default: ${DEFAULT-VALUE}).")
    private Duration retryFor;

    @Option(names = "--follow",
            description = "After shipping, keep following the files (rotation included) and ship new lines as they come.")
    private boolean follow;

    @Mixin
    private ChannelOptions channel;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Log files to ship, plain or gzip.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException, InterruptedException {
        FollowSettings settings = settings();
        String streamHost = streamHost();
        PrintWriter err = spec.commandLine().getErr();
        Optional<TerminationRequest> termination = follow ? Optional.of(TerminationRequest.handleSigterm()) : Optional.empty();
        try (IngestChannels channels = new IngestChannels(List.of(server), channel.settings())) {
            for (Path file : files) {
                if (termination.isPresent() && termination.get().requested()) {
                    return 0;
                }
                ShipResult result = ship(channels, new StreamSpec(site, streamHost, format, file, Optional.empty()), settings);
                if (result.heldBackBytes() > 0 && !follow) {
                    err.println("hitstream-agent: " + file + ": the last line has no newline yet; its "
                            + result.heldBackBytes() + " bytes were not shipped");
                    err.flush();
                }
            }
            if (termination.isPresent()) {
                followFiles(channels, settings, streamHost, termination.get());
            }
        }
        return 0;
    }

    /** Follows the files until stopped, as {@code run} does; SIGTERM stops it once what was sent is acknowledged. */
    private void followFiles(IngestChannels channels, FollowSettings settings, String streamHost,
            TerminationRequest termination) throws InterruptedException {
        List<StreamSpec> streams = files.stream()
                .map(file -> new StreamSpec(site, streamHost, format, file.toAbsolutePath(), Optional.empty()))
                .toList();
        try (StreamFollowers followers = StreamFollowers.start(streams, settings, channels, StateFile.inMemory(),
                Optional.empty(), Duration.ZERO)) {
            termination.onRequest(followers::stopAfterInFlight);
            List<String> failures = followers.awaitFailures();
            if (termination.requested()) {
                return;
            }
            throw new StreamFailure("every file stopped: " + String.join("; ", failures));
        }
    }

    private ShipResult ship(IngestChannels channels, StreamSpec stream, FollowSettings settings)
            throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ShipAttempts attempts = new ShipAttempts(settings.retry(), retryFor, reason -> {
            err.println("hitstream-agent: " + reason);
            err.flush();
        }, new SplittableRandom());
        if (System.console() == null) {
            return attempts.ship(shipper(channels, stream, settings, new SummaryLinePrinter(spec.commandLine().getOut())));
        }
        try (TerminalProgressBar bar = new TerminalProgressBar()) {
            return attempts.ship(shipper(channels, stream, settings, bar));
        }
    }

    private static FileShipper shipper(IngestChannels channels, StreamSpec stream, FollowSettings settings,
            ShipProgress progress) {
        return new FileShipper(channels.stub(0), channels.address(0), settings, progress, stream);
    }

    /** The settings of a configuration file with these options' batch sizes and window, the others at their defaults. */
    private FollowSettings settings() {
        requireText("--site", site);
        requireText("--format", format);
        requirePositive("--batch-lines", batchLines, Integer.MAX_VALUE);
        requirePositive("--batch-bytes", batchBytes, BatchLimits.MOST_BYTES);
        requirePositive("--window", window, Integer.MAX_VALUE);
        if (retryFor.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--retry-for must not be negative, got " + retryFor);
        }
        return AgentConfigFile.followSettings(batchLines, batchBytes, window);
    }

    private String streamHost() {
        String streamHost = host == null ? LocalHostName.get() : host;
        requireText("--host", streamHost);
        return streamHost;
    }

    private void requireText(String option, String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), option + " must not be blank");
        }
    }

    private void requirePositive(String option, int value, int max) {
        if (value < 1 || value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be between 1 and " + max + ", got " + value);
        }
    }
}
