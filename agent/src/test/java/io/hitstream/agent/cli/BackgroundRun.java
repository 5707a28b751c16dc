package io.hitstream.agent.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A command that runs until stopped ({@code run}, {@code ship --follow}), run on a thread of its own and then interrupted. */
final class BackgroundRun implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Future<CommandRun> run;

    BackgroundRun(String... args) {
        run = executor.submit(() -> CommandRun.of(args));
    }

    /** Interrupts the command and returns how it ended. */
    CommandRun stop() throws InterruptedException, ExecutionException, TimeoutException {
        executor.shutdownNow();
        return run.get(30, TimeUnit.SECONDS);
    }

    /** The command's result if it ended on its own within a while, as a command refusing to start does. */
    CommandRun ended() throws InterruptedException, ExecutionException, TimeoutException {
        return run.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
