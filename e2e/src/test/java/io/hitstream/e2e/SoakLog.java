package io.hitstream.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Random;

/**
 * Writes a sample into a live log as a web server would, evenly over a given time, in pieces that cut lines anywhere,
 * and rotates it when asked, at the end of a line as a server does: renamed to {@code <log>.1} and continued in a
 * new file, or copied to {@code <log>.1} and truncated (logrotate's copytruncate, without its loss window: nothing is
 * written between the copy and the truncation). Rotated files are shifted ({@code .1} to {@code .2}, …) and never
 * deleted, so that an agent killed for a while still finds every file it has not finished.
 */
final class SoakLog implements AutoCloseable {

    /** How the live log is rotated. */
    enum Rotation {
        RENAME,
        COPY_TRUNCATE
    }

    private static final int PIECES = 20_000;

    private final byte[] sample;
    private final Path live;
    private final Duration duration;
    private final Random random;
    private final Thread thread;
    private volatile Rotation requested;
    private volatile boolean done;
    private int rotated;
    private Exception failure;

    private SoakLog(byte[] sample, Path live, Duration duration, long seed) {
        this.sample = sample;
        this.live = live;
        this.duration = duration;
        this.random = new Random(seed);
        this.thread = new Thread(this::write, "soak-log");
    }

    static SoakLog start(Path sample, Path live, Duration duration, long seed) throws IOException {
        SoakLog log = new SoakLog(Files.readAllBytes(sample), live, duration, seed);
        log.thread.start();
        return log;
    }

    /** Asks for a rotation at the end of the line being written; one asked before it happened is replaced. */
    void rotate(Rotation rotation) {
        requested = rotation;
    }

    boolean done() {
        return done;
    }

    /** How many files were rotated away. */
    synchronized int rotated() {
        return rotated;
    }

    /** Waits until the whole sample is written. */
    @Override
    public void close() throws Exception {
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    private void write() {
        int piece = Math.max(1, sample.length / PIECES);
        long pauseNanos = duration.toNanos() / PIECES;
        long next = System.nanoTime();
        try {
            OutputStream out = LogFeeder.openForAppending(live);
            for (int from = 0; from < sample.length; ) {
                int to = Math.min(sample.length, from + 1 + random.nextInt(2 * piece));
                Rotation rotation = requested;
                if (rotation != null) {
                    to = LogFeeder.lineEndAfter(sample, from);
                }
                out.write(sample, from, to - from);
                out.flush();
                if (rotation != null) {
                    requested = null;
                    out = rotate(out, rotation);
                }
                from = to;
                next += pauseNanos;
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
            out.close();
        } catch (IOException | InterruptedException e) {
            failure = e;
        } finally {
            done = true;
        }
    }

    private OutputStream rotate(OutputStream out, Rotation rotation) throws IOException {
        synchronized (this) {
            rotated++;
        }
        shiftRotated();
        Path first = rotatedFile(1);
        if (rotation == Rotation.RENAME) {
            out.close();
            Files.move(live, first);
            return LogFeeder.openForAppending(live);
        }
        Files.copy(live, first);
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.WRITE)) {
            channel.truncate(0);
        }
        // Opened for appending, the stream writes from the new end, 0, as a web server's O_APPEND log does.
        return out;
    }

    private void shiftRotated() throws IOException {
        int last = 1;
        while (Files.exists(rotatedFile(last))) {
            last++;
        }
        for (int n = last - 1; n >= 1; n--) {
            Files.move(rotatedFile(n), rotatedFile(n + 1));
        }
    }

    private Path rotatedFile(int n) {
        return live.resolveSibling(live.getFileName() + "." + n);
    }
}
