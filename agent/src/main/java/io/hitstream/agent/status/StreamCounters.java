package io.hitstream.agent.status;

import io.hitstream.agent.errorlog.ErrorCounts;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What one stream's follower has done since the agent started: written by its thread, read by the status writer. */
public final class StreamCounters {

    private static final double NANOS_PER_SECOND = 1e9;
    /** Most notices kept: the newest, so that a stream refused again and again does not grow the status file. */
    private static final int MAX_NOTICES = 10;

    private final String site;
    private final String host;
    private final Path accessLog;
    private final Optional<Path> errorLog;
    private final ErrorCounts errors;
    private String state = "starting";
    private Path file;
    private long shipped;
    private long acknowledged;
    private long refused;
    private long bytesUnread;
    private final Deque<String> notices = new ArrayDeque<>();
    private int pending;
    private long lagBytes;
    private OptionalLong waitingSince = OptionalLong.empty();

    public StreamCounters(String site, String host, Path accessLog, Optional<Path> errorLog, ErrorCounts errors) {
        this.site = site;
        this.host = host;
        this.accessLog = accessLog;
        this.errorLog = errorLog;
        this.errors = errors;
    }

    public ErrorCounts errors() {
        return errors;
    }

    /** What the follower does now, in a few words, e.g. "shipping access.log to ingest:8180". */
    public synchronized void state(String text) {
        state = text;
    }

    public synchronized String state() {
        return state;
    }

    public synchronized void shipped(long lines) {
        shipped += lines;
    }

    public synchronized void acknowledged(long lines) {
        acknowledged += lines;
    }

    /** Lines ingest refused and committed as rejected, with what happened (ingest's reason). */
    public synchronized void refused(long lines, String notice) {
        refused += lines;
        notice(notice);
    }

    /** Bytes of a rotated file closed for good that were never shipped, with what happened. */
    public synchronized void unread(long bytes, String notice) {
        bytesUnread += bytes;
        notice(notice);
    }

    /** Something an operator must hear of that is not a failure: lines refused, a file closed with unread bytes. */
    public synchronized void notice(String text) {
        if (notices.size() == MAX_NOTICES) {
            notices.removeFirst();
        }
        notices.addLast(text);
    }

    /**
     * Where the follower is: the file it reads, lines read but not yet sent, bytes on disk not yet acknowledged,
     * and since when (by {@link System#nanoTime()}) the oldest of them waits, if any does.
     */
    public synchronized void position(Path reading, int pendingLines, long bytesBehind, OptionalLong oldestWaitingSince) {
        file = reading;
        pending = pendingLines;
        lagBytes = bytesBehind;
        waitingSince = oldestWaitingSince;
    }

    /** The stream's status at {@code nowNanos} (by {@link System#nanoTime()}). */
    public synchronized StreamStatus snapshot(long nowNanos) {
        double lagSeconds = waitingSince.isEmpty() ? 0 : Math.max(0, nowNanos - waitingSince.getAsLong()) / NANOS_PER_SECOND;
        return new StreamStatus(site, host, accessLog.toString(), file == null ? null : file.toString(), state,
                shipped + pending, shipped, acknowledged, lagBytes, lagSeconds,
                errorLog.map(Path::toString).orElse(null), errorLog.isPresent() ? errors.snapshot() : null, refused, bytesUnread,
                notices.isEmpty() ? null : List.copyOf(notices));
    }
}
