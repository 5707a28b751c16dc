package io.hitstream.agent.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second agent from running with the same state file: an exclusive lock on a file beside it, which the
 * operating system releases when the process ends, however it ends.
 */
public final class AgentLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private AgentLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws IOException when another agent holds the lock, or the lock file cannot be made */
    public static AgentLock acquire(Path stateFile) throws IOException {
        Path lockFile = stateFile.resolveSibling(stateFile.getFileName() + ".lock");
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another agent runs with the state file " + stateFile + " (it locks " + lockFile + ")");
        }
        return new AgentLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
