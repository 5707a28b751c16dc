package io.hitstream.agent.cli;

import io.hitstream.agent.config.AgentConfig;
import io.hitstream.agent.config.AgentConfigFile;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamFollowers;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.ship.BatchLimits;
import io.hitstream.agent.ship.ChannelSettings;
import io.hitstream.agent.ship.IngestChannels;
import io.hitstream.agent.ship.IngestClient;
import io.hitstream.agent.ship.LocalHostName;
import io.hitstream.agent.ship.ServerAddress;
import io.hitstream.agent.ship.ShipResult;
import io.hitstream.agent.ship.ShipSettings;
import io.hitstream.agent.state.StateFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
                + "reason when ingest cannot be reached or refuses.",
            "On a terminal it shows a progress bar; otherwise it prints one line per file: "
                + "<file>: <lines> lines, <bytes> bytes, <accepted> accepted, <rejected> rejected, "
                + "<skipped> already committed",
            "With --follow it then keeps following the files like tail -F, as 'run' does, until stopped."})
public final class ShipCommand implements Callable<Integer> {

    /** Beyond this a batch could not be sent: gRPC servers refuse messages of a few MiB by default. */
    private static final int MAX_BATCH_BYTES = 64 * 1024 * 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "SITE",
            description = "Site (virtual host) the logs belong to, e.g. www.example.org.")
    private String site;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Log format name known to ingest: combined or common.")
    private String format;

    @Option(names = "--server", paramLabel = "HOST:PORT", defaultValue = "${HITSTREAM_AGENT_SERVER:-localhost:8180}",
            description = "Ingest's gRPC address; [::1]:8180 for IPv6 (default: ${DEFAULT-VALUE}, "
                    + "or $HITSTREAM_AGENT_SERVER).")
    private ServerAddress server;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Name of the web host that wrote the logs (default: this machine's host name).")
    private String host;

    @Option(names = "--batch-lines", paramLabel = "N", defaultValue = "50000",
            description = "At most this many lines per batch (default: ${DEFAULT-VALUE}).")
    private int batchLines;

    @Option(names = "--batch-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "At most this many bytes per batch; a longer line cannot be shipped "
                    + "(default: ${DEFAULT-VALUE}).")
    private int batchBytes;

    @Option(names = "--window", paramLabel = "N", defaultValue = "8",
            description = "At most this many batches sent but not yet acknowledged (default: ${DEFAULT-VALUE}).")
    private int window;

    @Option(names = "--follow",
            description = "After shipping, keep following the files (rotation included) and ship new lines as they come.")
    private boolean follow;

    @Mixin
    private ChannelOptions channel;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Log files to ship, plain or gzip.")
    private List<Path> files;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ShipSettings settings = settings();
        ChannelSettings channelSettings = channel.settings();
        PrintWriter err = spec.commandLine().getErr();
        try (IngestClient client = new IngestClient(server, channelSettings)) {
            for (Path file : files) {
                ShipResult result = ship(client, file, settings);
                if (result.heldBackBytes() > 0 && !follow) {
                    err.println("hitstream-agent: " + file + ": the last line has no newline yet; its "
                            + result.heldBackBytes() + " bytes were not shipped");
                    err.flush();
                }
            }
        }
        if (follow) {
            followFiles(settings, channelSettings);
        }
        return 0;
    }

    /** Follows the files until stopped, as {@code run} does, with the default settings of a configuration file. */
    private void followFiles(ShipSettings settings, ChannelSettings channelSettings) throws IOException, InterruptedException {
        FollowSettings followSettings = AgentConfigFile.followSettings(
                new AgentConfig.Batch(batchLines, batchBytes, null, window, null),
                new AgentConfig.Follow(null, null, null, false), new AgentConfig.Retry(null, null, null, null));
        List<StreamSpec> streams = files.stream()
                .map(file -> new StreamSpec(settings.site(), settings.host(), settings.format(), file.toAbsolutePath(),
                        Optional.empty()))
                .toList();
        try (IngestChannels channels = new IngestChannels(List.of(server), channelSettings);
                StreamFollowers followers = StreamFollowers.start(streams, followSettings, channels,
                        StateFile.inMemory(), Optional.empty(), Duration.ZERO)) {
            List<String> failures = followers.awaitFailures();
            throw new StreamFailure("every file stopped: " + String.join("; ", failures));
        }
    }

    private ShipResult ship(IngestClient client, Path file, ShipSettings settings) throws InterruptedException {
        if (System.console() == null) {
            return client.ship(file, settings, new SummaryLinePrinter(spec.commandLine().getOut()));
        }
        try (TerminalProgressBar bar = new TerminalProgressBar()) {
            return client.ship(file, settings, bar);
        }
    }

    private ShipSettings settings() {
        requireText("--site", site);
        requireText("--format", format);
        requirePositive("--batch-lines", batchLines, Integer.MAX_VALUE);
        requirePositive("--batch-bytes", batchBytes, MAX_BATCH_BYTES);
        requirePositive("--window", window, Integer.MAX_VALUE);
        String streamHost = host == null ? LocalHostName.get() : host;
        requireText("--host", streamHost);
        return new ShipSettings(streamHost, site, format, new BatchLimits(batchLines, batchBytes), window);
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
