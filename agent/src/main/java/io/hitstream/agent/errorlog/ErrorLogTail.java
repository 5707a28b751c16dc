package io.hitstream.agent.errorlog;

import io.hitstream.agent.follow.FileKey;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Follows an error log like {@code tail -F} and counts its lines per level: starts at the end of the file found
 * first (lines written before the agent ran are not counted), reads a rotated or deleted file to its end before
 * taking the new one from its start, starts a truncated file over, and waits for a file that does not exist yet.
 * A last line without its newline is counted once it is complete.
 */
public final class ErrorLogTail implements Closeable {

    private static final int CHUNK_BYTES = 64 * 1024;

    private final Path path;
    private final ErrorCounts counts;
    private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES);
    /** The start of the line being read, up to what {@link ErrorLevel} looks at. */
    private final byte[] lineHead = new byte[ErrorLevel.HEAD_BYTES];
    private int lineHeadLength;
    private FileChannel channel;
    private FileKey fileKey;
    private long position;
    private boolean firstLook = true;

    public ErrorLogTail(Path path, ErrorCounts counts) {
        this.path = path;
        this.counts = counts;
    }

    /** Counts the lines written since the last poll, following the path to a new file when it moved on. */
    public void poll() throws IOException {
        if (channel == null && !open()) {
            return;
        }
        readNewLines();
        Optional<FileKey> atPath = FileKey.of(path);
        if (atPath.isPresent() && !atPath.get().equals(fileKey)) {
            close();
            if (open()) {
                readNewLines();
            }
        } else if (channel.size() < position) {
            position = 0;
            lineHeadLength = 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            lineHeadLength = 0;
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }

    private boolean open() throws IOException {
        // Only a file there at the very first look has a past to skip; any later one is new and read from its start.
        boolean skipExisting = firstLook;
        firstLook = false;
        Optional<FileKey> key = FileKey.of(path);
        if (key.isEmpty()) {
            return false;
        }
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException vanished) {
            return false;
        }
        fileKey = key.get();
        position = skipExisting ? channel.size() : 0;
        return true;
    }

    private void readNewLines() throws IOException {
        while (true) {
            chunk.clear();
            int read = channel.read(chunk, position);
            if (read <= 0) {
                return;
            }
            for (int i = 0; i < read; i++) {
                take(chunk.get(i));
            }
            position += read;
        }
    }

    private void take(byte b) {
        if (b == '\n') {
            counts.add(ErrorLevel.of(lineHead, lineHeadLength));
            lineHeadLength = 0;
        } else if (lineHeadLength < lineHead.length) {
            lineHead[lineHeadLength++] = b;
        }
    }
}
