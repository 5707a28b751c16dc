package io.hitstream.agent.follow;

import io.hitstream.agent.batch.BatchLimits;
import io.hitstream.agent.batch.BatchReader;
import io.hitstream.agent.batch.FileIdentity;
import io.hitstream.agent.batch.LogContent;
import io.hitstream.agent.batch.OffsetMismatchException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A log file held open, so that it can be read to its end after it is renamed or deleted: where it was found,
 * its file key (device and inode), whether it is the live file of a followed path or a rotated predecessor, and
 * its identity once its first line is complete.
 */
final class LogFile implements Closeable {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    /** Opening races with a rotation at most this often before the path is taken as changing too fast. */
    private static final int OPEN_ATTEMPTS = 3;

    private final Path path;
    private final FileChannel channel;
    private final FileKey fileKey;
    private boolean live;
    private final boolean compressed;
    /** Whether the lines before a committed offset are counted, which reads the content up to it. */
    private final boolean countsLines;
    private String identity;
    private InputStream content;

    private LogFile(Path path, FileChannel channel, FileKey fileKey, boolean live, boolean compressed,
            boolean countsLines) {
        this.path = path;
        this.channel = channel;
        this.fileKey = fileKey;
        this.live = live;
        this.compressed = compressed;
        this.countsLines = countsLines;
    }

    /** Opens the live file at a followed path, or empty when there is none yet. */
    static Optional<LogFile> openLive(Path path) throws IOException {
        return open(path, true, false);
    }

    /** Opens a rotated predecessor, read once to its end; empty when it vanished since it was listed. */
    static Optional<LogFile> openRotated(Path path) throws IOException {
        return open(path, false, false);
    }

    /**
     * Opens a file to ship once to its end, as a rotated one, counting the lines before each committed offset so
     * that a summary can tell how many lines were committed before; empty when there is no such file.
     */
    static Optional<LogFile> openToShipOnce(Path path) throws IOException {
        return open(path, false, true);
    }

    private static Optional<LogFile> open(Path path, boolean live, boolean countsLines) throws IOException {
        for (int attempt = 0; attempt < OPEN_ATTEMPTS; attempt++) {
            Optional<FileKey> before = FileKey.of(path);
            if (before.isEmpty()) {
                return Optional.empty();
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(path, StandardOpenOption.READ);
            } catch (NoSuchFileException vanished) {
                return Optional.empty();
            }
            // The key is read from the path, not the open file; it is the opened file's only if it did not change meanwhile.
            if (before.equals(FileKey.of(path))) {
                return Optional.of(new LogFile(path, channel, before.get(), live, !live && isGzip(channel), countsLines));
            }
            channel.close();
        }
        throw new IOException(path + " is replaced faster than it can be opened");
    }

    Path path() {
        return path;
    }

    FileKey fileKey() {
        return fileKey;
    }

    boolean live() {
        return live;
    }

    /**
     * Takes the file as rotated from now on: its path holds another file, so only its own bytes count, and its first
     * line is no longer compared with the path's.
     */
    void rotatedAway() {
        live = false;
    }

    /** Whether the file is gzip, so that its offsets count decompressed bytes, not bytes on disk. */
    boolean compressed() {
        return compressed;
    }

    /** Bytes on disk (compressed when the file is). */
    long size() throws IOException {
        return channel.size();
    }

    /** Bytes on disk read so far (compressed ones when the file is), what a progress percentage is measured against. */
    long diskBytesRead() throws IOException {
        return channel.position();
    }

    /** Bytes of the content (decompressed when the file is), read from its start. */
    long contentLength() throws IOException {
        try (InputStream content = contentFromStart()) {
            return content.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The content-derived identity, or empty while the first line is not complete. */
    Optional<String> identity() throws IOException {
        if (identity == null) {
            identity = (compressed ? compressedIdentity() : plainIdentity()).orElse(null);
        }
        return Optional.ofNullable(identity);
    }

    /**
     * Whether the live file's first line is no longer the one its identity was taken from: it was truncated and
     * written again (copytruncate), perhaps past where it was read, so nothing read from it since can be trusted.
     */
    boolean rewritten() throws IOException {
        if (!live || identity == null) {
            return false;
        }
        return !plainIdentity().equals(Optional.of(identity));
    }

    /**
     * A reader of the content from {@code offset} on, after as many lines as it counts (0 unless the file counts
     * lines, or is compressed, where they are counted anyway); the previous reader of this file must no longer be used.
     *
     * @throws OffsetMismatchException when the offset is past the end of the content or not at the start of a line
     */
    BatchReader readerAt(long offset, BatchLimits limits) throws IOException {
        closeContent();
        long linesBefore = 0;
        if (compressed) {
            LogContent decompressed = LogContent.of(fromStart());
            content = decompressed.stream();
            linesBefore = decompressed.skipTo(offset);
        } else {
            if (countsLines) {
                try (LogContent plain = LogContent.of(fromStart())) {
                    linesBefore = plain.skipTo(offset);
                }
            } else {
                requireLineStart(offset);
            }
            channel.position(offset);
            content = new KeepChannelOpen(Channels.newInputStream(channel));
        }
        return new BatchReader(content, offset, linesBefore, limits);
    }

    /**
     * The content from its first byte, for a look back before reading on; it shares the file's position, so the
     * previous reader of this file must no longer be used and the next one is made after it is closed.
     */
    InputStream contentFromStart() throws IOException {
        closeContent();
        return compressed ? LogContent.of(fromStart()).stream() : fromStart();
    }

    @Override
    public void close() throws IOException {
        closeContent();
        channel.close();
    }

    @Override
    public String toString() {
        return path + " " + fileKey;
    }

    private Optional<String> plainIdentity() throws IOException {
        ByteBuffer head = readFromStart(channel, FileIdentity.MAX_FIRST_LINE_BYTES);
        return FileIdentity.of(new ByteArrayInputStream(head.array(), 0, head.position()));
    }

    private Optional<String> compressedIdentity() throws IOException {
        try (LogContent decompressed = LogContent.of(fromStart())) {
            return FileIdentity.of(decompressed.stream());
        }
    }

    private InputStream fromStart() throws IOException {
        channel.position(0);
        return new KeepChannelOpen(Channels.newInputStream(channel));
    }

    private void requireLineStart(long offset) throws IOException {
        long size = channel.size();
        if (offset > size) {
            throw new OffsetMismatchException("offset " + offset + " lies past the end of the content (" + size + " bytes)");
        }
        if (offset > 0) {
            ByteBuffer before = ByteBuffer.allocate(1);
            if (channel.read(before, offset - 1) != 1 || before.get(0) != '\n') {
                throw new OffsetMismatchException("offset " + offset + " is not at the start of a line");
            }
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private static boolean isGzip(FileChannel channel) throws IOException {
        ByteBuffer magic = readFromStart(channel, 2);
        return magic.position() == 2 && (magic.get(0) & 0xff) == GZIP_MAGIC_1 && (magic.get(1) & 0xff) == GZIP_MAGIC_2;
    }

    /** Up to {@code length} bytes from the file's start, read at explicit positions so the reading position stays. */
    private static ByteBuffer readFromStart(FileChannel channel, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, bytes.position()) <= 0) {
                break;
            }
        }
        return bytes;
    }

    /** The channel's bytes as a stream whose closing (also by a decompressor on top) leaves the channel open. */
    private static final class KeepChannelOpen extends FilterInputStream {
        KeepChannelOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The channel belongs to the LogFile and is closed with it.
        }
    }
}
