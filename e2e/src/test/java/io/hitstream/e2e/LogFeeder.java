package io.hitstream.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Writes a sample log into a live log as a web server would, over a given time: in pieces that cut lines anywhere
 * (a reader sees half-written lines), renamed away to {@code <log>.1} once halfway (at a line's end, as a server
 * never splits a line across files) and continued in a new file.
 */
final class LogFeeder implements AutoCloseable {
    private static final int PIECES = 400;

    private final byte[] sample;
    private final Path live;
    private final Duration duration;
    private final Thread thread;
    private volatile long written;
    private volatile Exception failure;

    private LogFeeder(byte[] sample, Path live, Duration duration) {
        this.sample = sample;
        this.live = live;
        this.duration = duration;
        this.thread = new Thread(this::feed, "log-feeder");
    }

    static LogFeeder start(Path sample, Path live, Duration duration) throws IOException {
        LogFeeder feeder = new LogFeeder(Files.readAllBytes(sample), live, duration);
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
        int rotateAt = lineEndAfter(sample.length / 2);
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
                    out.close();
                    Files.move(live, live.resolveSibling(live.getFileName() + ".1"));
                    out = open();
                }
                from = to;
                Thread.sleep(pause);
            }
            out.close();
        } catch (IOException | InterruptedException e) {
            failure = e;
        }
    }

    private OutputStream open() throws IOException {
        return Files.newOutputStream(live, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private int lineEndAfter(int offset) {
        for (int i = offset; i < sample.length; i++) {
            if (sample[i] == '\n') {
                return i + 1;
            }
        }
        return sample.length;
    }
}
