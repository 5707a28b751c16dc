package io.hitstream.agent.follow;

import io.hitstream.agent.errorlog.ErrorCounts;
import io.hitstream.agent.errorlog.ErrorLogTail;
import io.hitstream.agent.state.StateFile;
import io.hitstream.agent.status.AgentStatus;
import io.hitstream.agent.status.StatusFile;
import io.hitstream.agent.status.StreamCounters;
import io.hitstream.agent.status.StreamStatus;
import io.hitstream.agent.wire.IngestChannels;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs a follower thread per stream and one per error log (shipped as a stream of its own), and on one more thread
 * counts the error logs' lines per level and rewrites the status file, until closed or until every follower stopped
 * on its own.
 */
public final class StreamFollowers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StreamFollowers.class);
    private static final long JOIN_MILLIS = 10_000;

    private final List<StreamFollower> followers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<StreamCounters> counters = new ArrayList<>();
    private final List<ErrorLogTail> errorLogs = new ArrayList<>();
    /** The last problem of each error log, so that one that persists is logged once, not at every poll. */
    private final Map<ErrorLogTail, String> errorLogProblems = new HashMap<>();
    private final ScheduledExecutorService chores = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "hitstream-agent-chores"));
    private final Optional<StatusFile> statusFile;
    private final Duration statusInterval;

    private StreamFollowers(Optional<StatusFile> statusFile, Duration statusInterval) {
        this.statusFile = statusFile;
        this.statusInterval = statusInterval;
    }

    /** Starts following {@code streams}; the status file, if any, is rewritten every {@code statusInterval}. */
    public static StreamFollowers start(List<StreamSpec> streams, FollowSettings settings, IngestChannels channels,
            StateFile state, Optional<StatusFile> statusFile, Duration statusInterval) {
        StreamFollowers running = new StreamFollowers(statusFile, statusInterval);
        for (StreamSpec spec : streams) {
            ErrorCounts errors = new ErrorCounts();
            StreamCounters streamCounters = new StreamCounters(spec.site(), spec.host(), spec.accessLog(), spec.errorLog(), errors);
            spec.errorLog().ifPresent(path -> running.errorLogs.add(new ErrorLogTail(path, errors)));
            running.follow(spec, streamCounters, settings, channels, state);
            for (StreamSpec errorLog : spec.errorLogStream().stream().toList()) {
                running.follow(errorLog, new StreamCounters(spec.site(), spec.host(), errorLog.accessLog(),
                        Optional.empty(), new ErrorCounts()), settings, channels, state);
            }
        }
        long pollMillis = Math.max(1, settings.pollInterval().toMillis());
        running.chores.scheduleWithFixedDelay(running::countErrorLogs, 0, pollMillis, TimeUnit.MILLISECONDS);
        statusFile.ifPresent(file -> running.chores.scheduleWithFixedDelay(running::writeStatus,
                0, Math.max(1, statusInterval.toMillis()), TimeUnit.MILLISECONDS));
        return running;
    }

    private void follow(StreamSpec spec, StreamCounters streamCounters, FollowSettings settings, IngestChannels channels,
            StateFile state) {
        StreamFollower follower = new StreamFollower(spec, settings, channels, new Random(), state, streamCounters);
        Thread thread = new Thread(follower, "hitstream-follow-" + (threads.size() + 1));
        counters.add(streamCounters);
        followers.add(follower);
        threads.add(thread);
        thread.start();
    }

    /** What each stream's follower has done, in the order the streams were given, each error log's after its stream's. */
    public List<StreamCounters> counters() {
        return List.copyOf(counters);
    }

    /** Waits until every follower stopped on its own, which only a refusal or a failing file makes it do; returns why. */
    public List<String> awaitFailures() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        return followers.stream().flatMap(follower -> follower.failure().stream()).toList();
    }

    /**
     * Asks every follower to send nothing more and to end once what it sent is acknowledged and counted (or its call
     * fails, at the latest after the ack timeout); {@link #awaitFailures()} then returns.
     */
    public void stopAfterInFlight() {
        followers.forEach(StreamFollower::stopAfterInFlight);
    }

    /** Stops every follower (what they sent and was not acknowledged is resent on the next start) and writes the status once more. */
    @Override
    public void close() throws InterruptedException {
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            thread.join(JOIN_MILLIS);
        }
        chores.shutdown();
        chores.awaitTermination(JOIN_MILLIS, TimeUnit.MILLISECONDS);
        for (ErrorLogTail errorLog : errorLogs) {
            try {
                errorLog.close();
            } catch (IOException e) {
                LOG.debugf(e, "closing an error log failed");
            }
        }
        writeStatus();
    }

    private void countErrorLogs() {
        for (ErrorLogTail errorLog : errorLogs) {
            try {
                errorLog.poll();
                errorLogProblems.remove(errorLog);
            } catch (IOException | RuntimeException e) {
                if (!e.toString().equals(errorLogProblems.put(errorLog, e.toString()))) {
                    LOG.warnf("counting the lines of %s failed: %s", errorLog, e.toString());
                }
            }
        }
    }

    private void writeStatus() {
        long now = System.nanoTime();
        List<StreamStatus> streams = counters.stream().map(c -> c.snapshot(now)).toList();
        AgentStatus status = new AgentStatus(Instant.now().toString(), ProcessHandle.current().pid(),
                statusInterval.toMillis() / 1000.0, streams);
        statusFile.ifPresent(file -> {
            try {
                file.write(status);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("writing the status file %s failed: %s", file.path(), e.toString());
            }
        });
    }
}
