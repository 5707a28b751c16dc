package io.hitstream.agent.cli;

import io.hitstream.agent.config.ConfigFileException;
import io.hitstream.agent.follow.StreamFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Reports a failed command as the one line "hitstream-agent: reason" on stderr with exit status 1, no stack trace. */
final class OneLineFailureHandler implements IExecutionExceptionHandler {

    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("hitstream-agent: " + reason(failure));
        commandLine.getErr().flush();
        return FAILED;
    }

    private static String reason(Throwable failure) {
        if (failure instanceof StreamFailure || failure instanceof ConfigFileException) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException unchecked) {
            return reason(unchecked.getCause());
        }
        if (failure instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        if (failure instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (failure instanceof FileSystemException fileSystem) {
            return fileSystem.getMessage();
        }
        if (failure instanceof IOException io) {
            return io.getMessage();
        }
        if (failure instanceof InterruptedException) {
            return "interrupted";
        }
        return failure.toString();
    }
}
