package io.hitstream.agent.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts a log's content into batches of complete lines within {@link BatchLimits}, never splitting a line; a final
 * line without its newline is held back, because it may still be being written. The end of the content is not
 * final: when the file grows, the next call goes on from where the last batch ended. {@link #nextFull()} keeps
 * the complete lines of a batch that is not full yet, so a follower can linger for more before sending them.
 *
 * <p>A line longer than a whole batch (a run of NUL bytes a crash left in the file, say) cannot be sent, but must
 * not stop the file either: it becomes a batch of its own that spans the whole line and carries only its first
 * bytes, marked {@link Batch#oversizedLine()}, so that ingest counts it as rejected and the offsets go on past it.
 */
public final class BatchReader {
    /** How much of an oversized line is sent: enough to show what it was. */
    static final int OVERSIZED_HEAD_BYTES = 1024;

    private final InputStream content;
    private final BatchLimits limits;
    private final byte[] buffer;
    private long offset;
    private long linesBefore;
    /** Bytes of {@link #buffer} holding content; the batch being built starts at index 0. */
    private int filled;
    /** Bytes of {@link #buffer} already searched for a newline. */
    private int scanned;
    private int batchEnd;
    private int batchLines;
    /** While passing over an oversized line: its first bytes; else {@code null}. */
    private byte[] oversizedHead;
    /** Bytes of the oversized line passed over and no longer in {@link #buffer}. */
    private long oversizedSkipped;

    /** Reads {@code content}, which is positioned at {@code offset}, just after {@code linesBefore} lines. */
    public BatchReader(InputStream content, long offset, long linesBefore, BatchLimits limits) {
        this.content = content;
        this.offset = offset;
        this.linesBefore = linesBefore;
        this.limits = limits;
        this.buffer = new byte[limits.maxBytes()];
    }

    /** The next batch, or empty when no complete line is left for now. */
    public Optional<Batch> next() throws IOException {
        return next(true);
    }

    /** The next batch that is full (by lines or bytes), or empty; the complete lines of a partial one stay pending. */
    public Optional<Batch> nextFull() throws IOException {
        return next(false);
    }

    /** The complete lines read and not yet handed out, as a batch, without reading more; empty when there are none. */
    public Optional<Batch> pending() {
        return batchLines == 0 ? Optional.empty() : Optional.of(cut());
    }

    /** Complete lines read but not yet handed out: a partial batch that {@link #nextFull()} keeps back. */
    public int pendingLines() {
        return batchLines;
    }

    private Optional<Batch> next(boolean partialToo) throws IOException {
        while (true) {
            int newline = findNewline();
            if (oversizedHead != null) {
                if (newline >= 0) {
                    return Optional.of(cutOversized(newline));
                }
                passOverFullBuffer();
                if (!fill()) {
                    return Optional.empty();
                }
            } else if (newline >= 0) {
                batchEnd = newline + 1;
                batchLines++;
                scanned = batchEnd;
                if (batchLines == limits.maxLines() || batchEnd == buffer.length) {
                    return Optional.of(cut());
                }
            } else if (filled == buffer.length) {
                if (batchLines == 0) {
                    oversizedHead = Arrays.copyOf(buffer, Math.min(OVERSIZED_HEAD_BYTES, buffer.length - 1));
                    passOverFullBuffer();
                } else {
                    return Optional.of(cut());
                }
            } else if (!fill()) {
                return batchLines == 0 || !partialToo ? Optional.empty() : Optional.of(cut());
            }
        }
    }

    /** Bytes read past the last complete line: a final line without newline, not shipped. Valid once next() is empty. */
    public long heldBackBytes() {
        return oversizedSkipped + filled - batchEnd;
    }

    /** The offset just past the last line handed out in a batch. */
    public long offset() {
        return offset;
    }

    /** The offset just past the last byte read from the content, pending and held-back bytes included. */
    public long readPosition() {
        return offset + oversizedSkipped + filled;
    }

    /** Lines handed out so far, counting those before the starting offset. */
    public long linesBefore() {
        return linesBefore;
    }

    private int findNewline() {
        for (int i = scanned; i < filled; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        scanned = filled;
        return -1;
    }

    private boolean fill() throws IOException {
        int n = content.read(buffer, filled, buffer.length - filled);
        if (n <= 0) {
            return false;
        }
        filled += n;
        return true;
    }

    /** Drops what the buffer holds of an oversized line, keeping only the count of its bytes. */
    private void passOverFullBuffer() {
        if (filled == buffer.length) {
            oversizedSkipped += filled;
            filled = 0;
            scanned = 0;
        }
    }

    /** The oversized line that ends at {@code newline} of the buffer, as a batch of its own. */
    private Batch cutOversized(int newline) {
        long length = oversizedSkipped + newline + 1;
        byte[] head = Arrays.copyOf(oversizedHead, oversizedHead.length + 1);
        head[oversizedHead.length] = '\n';
        Batch batch = new Batch(offset, offset + length, linesBefore, 1, head, true);
        offset += length;
        linesBefore++;
        System.arraycopy(buffer, newline + 1, buffer, 0, filled - newline - 1);
        filled -= newline + 1;
        scanned = 0;
        oversizedHead = null;
        oversizedSkipped = 0;
        return batch;
    }

    private Batch cut() {
        Batch batch = new Batch(offset, offset + batchEnd, linesBefore, batchLines, Arrays.copyOf(buffer, batchEnd), false);
        offset += batchEnd;
        linesBefore += batchLines;
        System.arraycopy(buffer, batchEnd, buffer, 0, filled - batchEnd);
        filled -= batchEnd;
        scanned = 0;
        batchEnd = 0;
        batchLines = 0;
        return batch;
    }
}
