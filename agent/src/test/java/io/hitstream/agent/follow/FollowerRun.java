package io.hitstream.agent.follow;

import io.hitstream.agent.batch.BatchLimits;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.wire.ChannelSettings;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.LedgerIngestService;
import io.hitstream.agent.wire.RetryPolicy;
import io.hitstream.agent.wire.ServerAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Followers of some streams shipping to loopback ingest servers, stopped at the end of a test. */
final class FollowerRun implements AutoCloseable {

    static final String SITE = "www.example.org";
    /** Quick polls, lingers and retries so that tests take little time; idle reopening kept out of the way. */
    static final FollowSettings QUICK = new FollowSettings(new BatchLimits(50, 64 * 1024), 4, Duration.ofMillis(10),
            Duration.ofMillis(20), Duration.ofSeconds(60), Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(20), false,
            new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 2, 0.2));

    private final IngestChannels channels;
    private final StreamFollowers followers;

    private FollowerRun(IngestChannels channels, StreamFollowers followers) {
        this.channels = channels;
        this.followers = followers;
    }

    static FollowerRun start(List<ServerAddress> servers, FollowSettings settings, StateFile state, List<StreamSpec> streams)
            throws IOException {
        IngestChannels channels = new IngestChannels(servers, ChannelSettings.PLAINTEXT);
        return new FollowerRun(channels, StreamFollowers.start(streams, settings, channels, state, Optional.empty(), Duration.ZERO));
    }

    static StreamSpec stream(String site, Path accessLog) {
        return new StreamSpec(site, "web-01", "combined", accessLog, Optional.empty());
    }

    StreamFollowers followers() {
        return followers;
    }

    /** Waits until the site's lines in the ledger are at least as long as {@code expected}: then they are complete, or wrong. */
    static void awaitStored(LedgerIngestService ledger, String site, String expected) throws InterruptedException {
        Eventually.until(() -> ledger.storedOfSite(site).length() >= expected.length(),
                () -> ledger.storedOfSite(site).length() + " of " + expected.length() + " bytes stored");
    }

    @Override
    public void close() throws InterruptedException {
        followers.close();
        channels.close();
    }
}
