package io.hitstream.agent.follow;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.agent.follow.FileWatch.Verdict;
import io.hitstream.agent.state.KnownFile;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.status.StreamCounters;
import io.hitstream.agent.wire.Backoff;
import io.hitstream.agent.wire.IngestChannels;
import io.hitstream.agent.wire.ServerAddress;
import io.hitstream.agent.wire.ShipCall;
import io.hitstream.agent.wire.StatusDescription;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.jboss.logging.Logger;

/**
 * Follows one stream's access log like {@code tail -F} and ships every complete line exactly once: it keeps the
 * file it reads open, finishes it to its end when the path is rotated by rename, delete or truncation, then goes
 * on with what the path holds; it waits for a path that holds no file yet, and reopens a file that was idle. A rotated
 * file read to its end is still held open for a while ({@link RotatedTails}): when it grows, the live file is paused
 * and the rotated one shipped on to its new end. On
 * every (re)connection ingest's committed offset decides where shipping resumes; a failed call is tried again,
 * on the next ingest address, after a growing backoff. It runs until interrupted, refused for good, or stopped once
 * what it sent is acknowledged.
 */
public final class StreamFollower implements Runnable {

    private static final Logger LOG = Logger.getLogger(StreamFollower.class);

    private final StreamSpec spec;
    private final FollowSettings settings;
    private final IngestChannels channels;
    private final Backoff backoff;
    private final StateFile state;
    private final StreamCounters counters;
    /** Files to ship before taking whatever the path holds, oldest first. */
    private final Deque<LogFile> queue = new ArrayDeque<>();
    private long queuedBytes;
    private LogFile current;
    private final RotatedTails tails;
    /** A rotated file written after it was finished, to ship before going on with the live file. */
    private RotatedTails.Tail grownTail;
    /** The rotated file being shipped again because it grew, while it is the current file. */
    private RotatedTails.Tail shippingTail;
    /** The live file, put aside while a grown rotated file is shipped. */
    private LogFile paused;
    private FileWatch watch;
    private FileProgress progress;
    private Verdict verdict = Verdict.KEEP;
    private OptionalLong waitingSince = OptionalLong.empty();
    private int server;
    private volatile String failure;
    /** Set from another thread: send nothing more, and end once what was sent is acknowledged (or its call fails). */
    private volatile boolean stopping;

    public StreamFollower(StreamSpec spec, FollowSettings settings, IngestChannels channels, RandomGenerator random,
            StateFile state, StreamCounters counters) {
        this.spec = spec;
        this.settings = settings;
        this.channels = channels;
        this.backoff = settings.retry().backoff(random);
        this.state = state;
        this.counters = counters;
        this.tails = new RotatedTails(settings.rotatedWatch(), counters);
    }

    /** Why the follower stopped on its own, if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Asks the follower to send nothing more and to end once the batches in flight are acknowledged and counted. */
    public void stopAfterInFlight() {
        stopping = true;
    }

    @Override
    public void run() {
        try {
            enqueue(FilesToShip.atStart(spec.accessLog(), state.known(spec.accessLog()), settings.backfill()));
            while (!stopping) {
                shipOverOneCall();
            }
            counters.state("stopped");
        } catch (InterruptedException | ClosedByInterruptException stopped) {
            counters.state("stopped");
        } catch (IOException | RuntimeException e) {
            String reason = reason(e);
            failure = spec.accessLog() + ": " + reason;
            counters.state("failed: " + reason);
            LOG.errorf(e instanceof StreamFailure ? null : e, "%s: stopped following: %s", spec.accessLog(), reason);
        } catch (Error e) {
            // A dying thread must not leave the status saying "shipping": record it, then let the JVM have it.
            failure = spec.accessLog() + ": " + e;
            counters.state("failed: " + e);
            throw e;
        } finally {
            closeFiles();
        }
    }

    private void shipOverOneCall() throws InterruptedException, IOException {
        ServerAddress address = channels.address(server);
        try (ShipCall call = ShipCall.start(channels.stub(server))) {
            counters.state("connecting to " + address);
            follow(call, address);
        } catch (StatusRuntimeException e) {
            Status status = e.getStatus();
            if (!settings.retry().retryable(status.getCode())) {
                throw new StreamFailure("ingest at " + address + " refused site " + spec.site() + ": "
                        + StatusDescription.of(status));
            }
            report(null, System.nanoTime());
            if (stopping) {
                // What was sent and not acknowledged is resent at the next start, from ingest's committed offset.
                return;
            }
            Duration delay = backoff.next();
            server = (server + 1) % channels.size();
            counters.state(String.format(Locale.ROOT, "reconnecting to %s in %.1f s after %s", channels.address(server),
                    delay.toMillis() / 1000.0, StatusDescription.of(status)));
            LOG.warnf("%s: the call to ingest at %s failed (%s); trying %s in %d ms", spec.accessLog(), address,
                    StatusDescription.of(status), channels.address(server), delay.toMillis());
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        }
    }

    /**
     * Ships over one call until it fails, which ends it with a {@link StatusRuntimeException}, or until the follower
     * is stopping and nothing it sent waits for an answer.
     */
    private void follow(ShipCall call, ServerAddress address) throws InterruptedException, IOException {
        FileFeed feed = null;
        long nextLook = System.nanoTime();
        while (true) {
            long now = System.nanoTime();
            if (stopping && (feed == null || !feed.awaitingAcks())) {
                return;
            }
            if (current == null && !stopping) {
                takeNextFile(now);
            }
            if (current != null && feed == null && !stopping) {
                feed = openFeed(call, address, now);
            }
            if (feed != null && !stopping) {
                feed.sendReady(now);
                if (feed.rewritten()) {
                    verdict = Verdict.TRUNCATED;
                }
            }
            if (now - nextLook >= 0) {
                nextLook = now + settings.pollInterval().toNanos();
                // Truncation is final: the feed stopped reading, whatever the file does next.
                if (current != null && verdict != Verdict.TRUNCATED) {
                    verdict = watch.look(now, feed == null ? 0 : feed.readPosition());
                }
                lookAtTails(now);
            }
            if (feed != null && verdict == Verdict.TRUNCATED) {
                feed.stopReading();
            }
            if (current != null && isDone(feed)) {
                finish(feed, now);
                feed = null;
                continue;
            }
            report(feed, now);
            long wake = feed == null ? nextLook : feed.wakeBy(nextLook);
            Duration wait = Duration.ofNanos(Math.max(0, wake - System.nanoTime()));
            if (feed != null) {
                feed.await(wait);
            } else {
                TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            }
        }
    }

    /**
     * Looks whether a held rotated file grew, while the follower is on the live file (or waits for one): a rotated
     * file in the queue comes first anyway, and one grown file at a time is enough.
     */
    private void lookAtTails(long now) throws IOException {
        boolean onLiveFile = current == null || current.live() && verdict == Verdict.KEEP;
        if (grownTail == null && onLiveFile && queue.isEmpty()) {
            grownTail = tails.takeGrown(now).orElse(null);
        }
    }

    private void takeNextFile(long now) throws IOException {
        shippingTail = null;
        if (grownTail != null) {
            current = grownTail.file();
            shippingTail = grownTail;
            grownTail = null;
        } else if (paused != null) {
            current = paused;
            paused = null;
        } else if (queue.isEmpty()) {
            current = LogFile.openLive(spec.accessLog()).orElse(null);
        } else {
            current = queue.removeFirst();
            queuedBytes -= Math.min(queuedBytes, current.size());
        }
        if (current == null) {
            counters.state("waiting for " + spec.accessLog());
            report(null, now);
            return;
        }
        watch = new FileWatch(current, spec.accessLog(), settings, now);
        progress = new FileProgress(counters);
        verdict = Verdict.KEEP;
    }

    /** Handshakes for the current file, or returns null while it has no complete first line to name it by. */
    private FileFeed openFeed(ShipCall call, ServerAddress address, long now) throws IOException, InterruptedException {
        Optional<String> identity = current.identity();
        if (identity.isEmpty()) {
            counters.state("waiting for the first line of " + current.path());
            return null;
        }
        FileFeed feed = FileFeed.open(current, identity.get(), spec, call, settings, progress, now);
        backoff.reset();
        if (current.live()) {
            state.remember(spec.accessLog(), new KnownFile(identity.get(), current.fileKey().text()));
        }
        counters.state("shipping " + current.path() + " to " + address);
        return feed;
    }

    /**
     * Whether the current file is done with: a rotated one read to its end, or a live one the last look gave up
     * on, once all read from it is acknowledged. A file without a complete first line has nothing to finish.
     */
    private boolean isDone(FileFeed feed) throws IOException {
        if (feed == null) {
            boolean givenUp = !current.live() || verdict != Verdict.KEEP || grownTail != null;
            return givenUp && current.identity().isEmpty();
        }
        if (current.live() && verdict == Verdict.KEEP && grownTail == null) {
            return false;
        }
        feed.flush();
        return feed.drained();
    }

    private void finish(FileFeed feed, long now) throws IOException {
        LogFile done = current;
        current = null;
        boolean live = done.live();
        if (live && verdict == Verdict.KEEP) {
            paused = done;
            LOG.infof("%s: paused to ship lines written into %s after its rotation", done, grownTail.file());
            return;
        }
        LOG.infof("%s: finished (%s)", done, live ? verdict : "rotated");
        Optional<String> identity = done.identity();
        if (feed != null && verdict == Verdict.TRUNCATED && feed.heldBackBytes() > 0) {
            // After copytruncate the copy (same identity) resumes at the committed offset, so those bytes are not lost.
            LOG.warnf("%s: truncated %d bytes after its last newline; they are shipped from its rotated copy, if it has one",
                    done, feed.heldBackBytes());
        }
        if (feed != null && verdict != Verdict.IDLE && verdict != Verdict.TRUNCATED) {
            tails.hold(done, feed.readPosition(), feed.readPosition() - feed.heldBackBytes(), now);
        } else {
            done.close();
        }
        if (live) {
            enqueue(identity.isPresent()
                    ? FilesToShip.afterFinishing(spec.accessLog(), new KnownFile(identity.get(), done.fileKey().text()))
                    : LogFile.openLive(spec.accessLog()).stream().toList());
        }
    }

    private void enqueue(Iterable<LogFile> files) throws IOException {
        for (LogFile file : files) {
            queue.addLast(file);
            queuedBytes += file.size();
        }
    }

    /** Tells the counters where the follower is and how far behind; without a feed, from what it last knew. */
    private void report(FileFeed feed, long now) throws IOException {
        long behind = 0;
        long size = 0;
        if (current != null) {
            size = current.size();
            behind = current.compressed() ? size : Math.max(0, size - progress.acknowledgedUpTo());
        }
        long lagBytes = queuedBytes + behind;
        if (feed != null) {
            waitingSince = feed.oldestWaitingSince(current.compressed() ? 0 : size);
        } else if (lagBytes == 0) {
            waitingSince = OptionalLong.empty();
        } else if (waitingSince.isEmpty()) {
            waitingSince = OptionalLong.of(now);
        }
        counters.position(current == null ? null : current.path(), feed == null ? 0 : feed.pendingLines(), lagBytes,
                waitingSince);
    }

    private void closeFiles() {
        try {
            long now = System.nanoTime();
            if (shippingTail != null && current != null) {
                tails.holdAgain(shippingTail, progress.acknowledgedUpTo(), now);
            } else if (current != null) {
                current.close();
            }
            if (paused != null) {
                paused.close();
            }
            if (grownTail != null) {
                tails.holdAgain(grownTail, 0, now);
            }
            tails.closeAll();
            for (LogFile file : queue) {
                file.close();
            }
        } catch (IOException e) {
            LOG.debugf(e, "%s: closing its files failed", spec.accessLog());
        }
    }

    private static String reason(Exception failure) {
        if (failure instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        boolean explained = failure instanceof StreamFailure || failure instanceof IOException;
        return explained && failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }
}
