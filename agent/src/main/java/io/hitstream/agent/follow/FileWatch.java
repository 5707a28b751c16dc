package io.hitstream.agent.follow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Looks at a live file and its path at every poll, by file size and file key, and by the first line when the size
 * changed (cheap, and unlike file-system events it sees every kind of rotation on every file system), and says what
 * becomes of the file.
 */
final class FileWatch {

    /** What a look found, and so what becomes of the live file. */
    enum Verdict {
        /** Keep reading it. */
        KEEP,
        /**
         * It shrank below what was read, or its first line changed (copy and truncate, perhaps written past what was
         * read before a look saw it shorter): read no more of it, finish what was read, then start it over.
         */
        TRUNCATED,
        /** The path holds another file and this one was not written for the rotation grace: finish it, then go on. */
        REPLACED,
        /** The path holds no file and this one was not written for the idle timeout: finish it, wait for the path. */
        VANISHED,
        /** Not written for the idle timeout: finish it and open the path again (pmdaweblog's -n). */
        IDLE
    }

    private final LogFile file;
    private final Path path;
    private final FollowSettings settings;
    private long size;
    private long changedAt;

    FileWatch(LogFile file, Path path, FollowSettings settings, long now) throws IOException {
        this.file = file;
        this.path = path;
        this.settings = settings;
        this.size = file.size();
        this.changedAt = now;
    }

    /** Looks at the file (of which {@code readPosition} bytes were read) and its path at {@code now}. */
    Verdict look(long now, long readPosition) throws IOException {
        long sizeNow = file.size();
        boolean resized = sizeNow != size;
        if (resized) {
            size = sizeNow;
            changedAt = now;
        }
        if (!file.live()) {
            return Verdict.KEEP;
        }
        if (sizeNow < readPosition || resized && file.rewritten()) {
            return Verdict.TRUNCATED;
        }
        long quiet = now - changedAt;
        Optional<FileKey> atPath = FileKey.of(path);
        if (atPath.isEmpty()) {
            return quiet >= settings.idleTimeout().toNanos() ? Verdict.VANISHED : Verdict.KEEP;
        }
        if (!atPath.get().equals(file.fileKey())) {
            return quiet >= settings.rotationGrace().toNanos() ? Verdict.REPLACED : Verdict.KEEP;
        }
        return quiet >= settings.idleTimeout().toNanos() ? Verdict.IDLE : Verdict.KEEP;
    }
}
