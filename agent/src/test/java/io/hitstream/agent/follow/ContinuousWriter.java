package io.hitstream.agent.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A thread appending numbered lines to a log as a busy web server would, while a test rotates the log under it. */
final class ContinuousWriter implements AutoCloseable {

    /** A short pause after this many lines spreads the writing over time, so rotations fall in its middle. */
    private static final int LINES_PER_PAUSE = 10;

    private final Path file;
    private final int total;
    private final Object lock = new Object();
    private final Thread thread;
    private volatile int written;
    private volatile IOException failure;

    ContinuousWriter(Path file, int total) {
        this.file = file;
        this.total = total;
        this.thread = new Thread(this::write, "test-writer");
        thread.start();
    }

    /** Everything the writer writes in all, in order. */
    String expected() {
        return LogLines.lines(0, total);
    }

    void awaitWritten(int lines) throws InterruptedException {
        Eventually.until(() -> written >= lines, () -> written + " lines written");
    }

    /** Runs {@code rotation} while the writer waits, for rotations that lose lines written in their middle by design. */
    <T> T paused(Callable<T> rotation) throws Exception {
        synchronized (lock) {
            return rotation.call();
        }
    }

    /** Waits until every line is written. */
    @Override
    public void close() throws InterruptedException {
        thread.join();
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }

    private void write() {
        try {
            for (int n = 0; n < total; n++) {
                synchronized (lock) {
                    LogLines.append(file, LogLines.line(n));
                }
                written = n + 1;
                if (n % LINES_PER_PAUSE == 0) {
                    Thread.sleep(1);
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
