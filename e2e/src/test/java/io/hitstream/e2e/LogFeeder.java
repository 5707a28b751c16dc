package io.hitstream.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Writes a sample log into a live log as a web server would, over a given time: in pieces that cut lines anywhere
 * (a reader sees half-written lines), rotated once halfway (at a line's end, as a server never splits a line across
 * files) and continued: by default renamed away to {@code <log>.1} and continued in a new file.
 */
final class LogFeeder implements AutoCloseable {
    private static final int PIECES = 400;

    /** How the live log is rotated halfway. */
    enum Rotation {
        /** Renamed to {@code <log>.1}; writing goes on in a new file at the path. */
        RENAME,
        /** Copied to {@code <log>.1}, then truncated to 0; writing goes on in the same file (logrotate's copytruncate). */
        COPY_TRUNCATE,
        /** Deleted; writing goes on in a new file at the path. */
        DELETE_AND_RECREATE
    }

    private final byte[] sample;
    private final Path live;
    private final Duration duration;
    private final Rotation rotation;
    private final Thread thread;
    private volatile long written;
    private volatile Exception failure;

    private LogFeeder(byte[] sample, Path live, Duration duration, Rotation rotation) {
        this.sample = sample;
        this.live = live;
        this.duration = duration;
        this.rotation = rotation;
        this.thread = new Thread(this::feed, "log-feeder");
    }

    static LogFeeder start(Path sample, Path live, Duration duration) throws IOException {
        return start(sample, live, duration, Rotation.RENAME);
    }

    static LogFeeder start(Path sample, Path live, Duration duration, Rotation rotation) throws IOException {
        LogFeeder feeder = new LogFeeder(Files.readAllBytes(sample), live, duration, rotation);
        feeder.thread.start();
        return feeder;
    }

    /** Waits until this share of the sample (0 to 1) is written. */
    void awaitShare(double share) throws InterruptedException {
        while (written < sample.length * share) {
            if (!thread.isAlive()) {
                return;
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the whole sample is written. */
    @Override
    public void close() throws Exception {
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    private void feed() {
        int rotateAt = lineEndAfter(sample, sample.length / 2);
        int piece = Math.max(1, sample.length / PIECES);
        long pause = duration.toMillis() / PIECES;
        try {
            OutputStream out = open();
            for (int from = 0; from < sample.length; ) {
                int to = Math.min(sample.length, from + piece + (from % 97));
                if (from < rotateAt && to >= rotateAt) {
                    to = rotateAt;
                }
                out.write(sample, from, to - from);
                out.flush();
                written = to;
                if (to == rotateAt) {
                    out = rotate(out);
                }
                from = to;
                Thread.sleep(pause);
            }
            out.close();
        } catch (IOException | InterruptedException e) {
            failure = e;
        }
    }

    private OutputStream rotate(OutputStream out) throws IOException {
        Path rotated = live.resolveSibling(live.getFileName() + ".1");
        return switch (rotation) {
            case RENAME -> {
                out.close();
                Files.move(live, rotated);
                yield open();
            }
            case COPY_TRUNCATE -> {
                Files.copy(live, rotated);
                try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE)) {
                    channel.truncate(0);
                }
                // Opened for appending, the stream writes from the new end, 0, as a web server's O_APPEND log does.
                yield out;
            }
            case DELETE_AND_RECREATE -> {
                out.close();
                Files.delete(live);
                yield open();
            }
        };
    }

    private OutputStream open() throws IOException {
        return openForAppending(live);
    }

    /** Opens a log for appending (creating it), as a web server opens its logs with O_APPEND. */
    static OutputStream openForAppending(Path log) throws IOException {
        return Files.newOutputStream(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Just past the first newline at or after {@code offset}, or the log's length when there is none. */
    static int lineEndAfter(byte[] log, int offset) {
        for (int i = offset; i < log.length; i++) {
            if (log[i] == '\n') {
                return i + 1;
            }
        }
        return log.length;
    }
}
