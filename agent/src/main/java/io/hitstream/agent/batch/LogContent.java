package io.hitstream.agent.batch;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The decompressed content of a log file, plain or gzip (told apart by the gzip magic number, not the name). */
public final class LogContent implements Closeable {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final DiskBytesCounter disk;
    private final InputStream content;

    private LogContent(DiskBytesCounter disk, InputStream content) {
        this.disk = disk;
        this.content = content;
    }

    /** Opens the file at the start of its content. */
    public static LogContent open(Path file) throws IOException {
        return of(Files.newInputStream(file));
    }

    /** The content of the bytes {@code onDisk} yields from their start; closing it closes {@code onDisk}. */
    public static LogContent of(InputStream onDisk) throws IOException {
        DiskBytesCounter disk = new DiskBytesCounter(onDisk);
        try {
            BufferedInputStream buffered = new BufferedInputStream(disk, BUFFER_BYTES);
            InputStream content = isGzip(buffered)
                    ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER_BYTES), BUFFER_BYTES)
                    : buffered;
            return new LogContent(disk, content);
        } catch (IOException e) {
            disk.close();
            throw e;
        }
    }

    /** The content (decompressed when the file is gzip); offsets count its bytes. */
    public InputStream stream() {
        return content;
    }

    /** Bytes of the file on disk consumed so far, which is what a progress percentage can be measured against. */
    public long diskBytesRead() {
        return disk.count;
    }

    /**
     * Skips the content up to {@code offset} and returns how many lines lie before it.
     *
     * @throws OffsetMismatchException when the offset is not 0 or just after a newline, or lies past the content
     */
    public long skipTo(long offset) throws IOException {
        byte[] chunk = new byte[BUFFER_BYTES];
        long lines = 0;
        long position = 0;
        byte last = '\n';
        while (position < offset) {
            int n = content.read(chunk, 0, (int) Math.min(chunk.length, offset - position));
            if (n == -1) {
                throw new OffsetMismatchException("offset " + offset + " lies past the end of the content (" + position + " bytes)");
            }
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    lines++;
                }
            }
            last = chunk[n - 1];
            position += n;
        }
        if (last != '\n') {
            throw new OffsetMismatchException("offset " + offset + " is not at the start of a line");
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        boolean gzip = in.read() == GZIP_MAGIC_1 && in.read() == GZIP_MAGIC_2;
        in.reset();
        return gzip;
    }

    /** Counts the bytes read from disk, beneath any decompression. */
    private static final class DiskBytesCounter extends FilterInputStream {
        private long count;

        DiskBytesCounter(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
