package io.hitstream.agent.follow;

import io.grpc.Status;
import io.hitstream.agent.batch.Batch;
import io.hitstream.agent.batch.BatchReader;
import io.hitstream.agent.batch.OffsetMismatchException;
import io.hitstream.agent.batch.W3cDirectiveScanner;
import io.hitstream.agent.wire.ShipCall;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.LogKind;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The agent's exactly-once protocol for one file over one Ship call, used by the follower and the one-shot ship
 * alike: from the offset ingest committed, batches read from the file are sent with at most a window of them
 * unacknowledged (beyond it the caller waits and the file stays the buffer), a partial batch lingers for more lines
 * unless the file is being finished, and each acknowledgement is checked against the batch it answers. After an
 * OUT_OF_ORDER answer the feed reads again from ingest's freshest committed offset, once the window is empty.
 */
final class FileFeed {

    private static final long NONE = -1;

    private final LogFile file;
    private final StreamId stream;
    /** The format the stream is configured with. */
    private final String configuredFormat;
    private final LogKind kind;
    private final ShipCall call;
    private final FollowSettings settings;
    private final FeedListener listener;
    private final Deque<SentBatch> inFlight = new ArrayDeque<>();
    /** The format the stream was last opened with, which every batch names. */
    private String format;
    private BatchReader reader;
    private long resumeOffset = NONE;
    /** When (by {@link System#nanoTime()}) complete lines started to wait in a partial batch, or {@link #NONE}. */
    private long pendingSince = NONE;
    /** When the reader last found nothing more to read: bytes beyond were written later. */
    private long caughtUpAt;
    private boolean atEnd;
    private boolean flushing;
    /** Nothing more is read from the file: it was truncated, and what it holds now is another stream's. */
    private boolean readingStopped;
    /** The file's first line changed after bytes not yet sent were read: they may be the new content's, none is sent. */
    private boolean rewritten;
    /** When (by {@link System#nanoTime()}) ingest last acknowledged a batch of this feed, or the feed opened. */
    private long lastAnswerAt;

    private FileFeed(LogFile file, StreamId stream, StreamSpec spec, W3cDirectiveScanner.Opened opened,
            ShipCall call, FollowSettings settings, FeedListener listener, long now) throws IOException {
        this.file = file;
        this.stream = stream;
        this.configuredFormat = spec.format();
        this.kind = spec.kind();
        this.format = opened.format();
        this.call = call;
        this.settings = settings;
        this.listener = listener;
        this.caughtUpAt = now;
        this.lastAnswerAt = now;
        readFrom(opened.committedOffset());
    }

    /**
     * Opens {@code file}, named by {@code identity}, as a stream of {@code spec} on {@code call} and goes on from the
     * offset ingest committed for it.
     */
    static FileFeed open(LogFile file, String identity, StreamSpec spec, ShipCall call, FollowSettings settings,
            FeedListener listener, long now) throws IOException, InterruptedException {
        StreamId stream = spec.streamId(identity);
        W3cDirectiveScanner.Opened opened = W3cDirectiveScanner.open(spec.format(),
                format -> call.open(stream, format, spec.kind(), settings.ackTimeout()), file::contentFromStart);
        return new FileFeed(file, stream, spec, opened, call, settings, listener, now);
    }

    /** Sends what is ready while the window has room: full batches, and a partial one that lingered long enough. */
    void sendReady(long now) throws IOException {
        while (resumeOffset == NONE && inFlight.size() < settings.window()) {
            Optional<Batch> batch = nextBatch(now);
            if (batch.isEmpty()) {
                return;
            }
            send(batch.get(), now);
        }
    }

    /** Waits up to {@code wait} for acknowledgements and takes those that came; sleeps when none is due. */
    void await(Duration wait) throws InterruptedException, IOException {
        if (inFlight.isEmpty()) {
            if (resumeOffset == NONE) {
                TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            } else {
                resume();
            }
            return;
        }
        Optional<BatchAck> ack = call.nextAck(wait);
        while (ack.isPresent()) {
            take(ack.get());
            ack = inFlight.isEmpty() ? Optional.empty() : call.nextAck(Duration.ZERO);
        }
        if (inFlight.isEmpty() && resumeOffset != NONE) {
            resume();
        } else if (!inFlight.isEmpty() && System.nanoTime() - waitingSince() > settings.ackTimeout().toNanos()) {
            throw Status.DEADLINE_EXCEEDED.withDescription("no acknowledgement within "
                    + settings.ackTimeout().toMillis() + " ms").asRuntimeException();
        }
    }

    /** From now on a partial batch is sent at once: the file is being finished. */
    void flush() {
        flushing = true;
    }

    /**
     * Reads no more of the file, which was truncated: the complete lines read before are still sent (every read was
     * checked against the first line), and whatever came after is left to its rotated copy or its new identity.
     */
    void stopReading() {
        readingStopped = true;
        flushing = true;
    }

    /** Whether the feed found the file's first line changed under it, and so stopped reading it. */
    boolean rewritten() {
        return rewritten;
    }

    /** Everything read is acknowledged, and the last read found nothing more (or reading stopped). */
    boolean drained() {
        boolean nothingToSend = rewritten || reader.pendingLines() == 0;
        return (atEnd || readingStopped) && nothingToSend && inFlight.isEmpty() && resumeOffset == NONE;
    }

    /** Whether batches sent wait for their acknowledgement. */
    boolean awaitingAcks() {
        return !inFlight.isEmpty();
    }

    /** When the feed must act next, at the latest {@code deadline}: a lingering batch may be due before it. */
    long wakeBy(long deadline) {
        boolean lingering = pendingSince != NONE && inFlight.size() < settings.window();
        return lingering ? Math.min(deadline, pendingSince + settings.linger().toNanos()) : deadline;
    }

    /** Bytes read from the file, pending and held back ones included. */
    long readPosition() {
        return reader.readPosition();
    }

    int pendingLines() {
        return reader.pendingLines();
    }

    /** Bytes of a last line without its newline, not shipped. */
    long heldBackBytes() {
        return reader.heldBackBytes();
    }

    /**
     * Since when the oldest line not yet acknowledged waits, given {@code plainSize}, the file's size when its
     * offsets count bytes on disk (else 0): lines sent or lingering, or bytes written after the last read.
     */
    OptionalLong oldestWaitingSince(long plainSize) {
        if (!inFlight.isEmpty()) {
            return OptionalLong.of(inFlight.getFirst().sentAt());
        }
        if (pendingSince != NONE) {
            return OptionalLong.of(pendingSince);
        }
        return !atEnd || plainSize > reader.readPosition() ? OptionalLong.of(caughtUpAt) : OptionalLong.empty();
    }

    private Optional<Batch> nextBatch(long now) throws IOException {
        if (readingStopped) {
            atEnd = true;
            return rewritten ? Optional.empty() : reader.pending();
        }
        long readBefore = reader.readPosition();
        Optional<Batch> full = reader.nextFull();
        // Checked after the read: content read before the first line changed is the old file's, anything else is not.
        if (reader.readPosition() != readBefore && file.rewritten()) {
            rewritten = true;
            stopReading();
            return Optional.empty();
        }
        if (full.isPresent()) {
            atEnd = false;
            return full;
        }
        atEnd = true;
        caughtUpAt = now;
        if (reader.pendingLines() == 0) {
            pendingSince = NONE;
            return Optional.empty();
        }
        if (pendingSince == NONE) {
            pendingSince = now;
        }
        if (flushing || now - pendingSince >= settings.linger().toNanos()) {
            pendingSince = NONE;
            return reader.pending();
        }
        return Optional.empty();
    }

    private void send(Batch batch, long now) throws IOException {
        call.send(batch.message(stream, format));
        inFlight.addLast(new SentBatch(batch, now));
        listener.shipped(batch);
    }

    /**
     * Since when the call waits for an answer: the oldest batch's send, or ingest's last answer if later. A full
     * window of big batches queues behind each other at ingest; a call is dead when ingest falls silent, not when
     * its queue is long.
     */
    private long waitingSince() {
        long oldestSentAt = inFlight.getFirst().sentAt();
        return oldestSentAt - lastAnswerAt > 0 ? oldestSentAt : lastAnswerAt;
    }

    private void take(BatchAck ack) throws IOException {
        lastAnswerAt = System.nanoTime();
        Batch batch = inFlight.removeFirst().batch();
        if (ack.getStartOffset() != batch.startOffset() || ack.getEndOffset() != batch.endOffset()) {
            throw Status.INTERNAL.withDescription("ingest acknowledged bytes " + ack.getStartOffset() + "-"
                    + ack.getEndOffset() + " of " + file.path() + " where bytes " + batch.startOffset() + "-"
                    + batch.endOffset() + " were due").asRuntimeException();
        }
        switch (ack.getStatus()) {
            case BATCH_STATUS_COMMITTED, BATCH_STATUS_DUPLICATE -> listener.acknowledged(batch, ack);
            case BATCH_STATUS_OUT_OF_ORDER -> resumeOffset = ack.getCommittedOffset();
            case BATCH_STATUS_REFUSED -> refused(batch, ack);
            default -> throw Status.INTERNAL.withDescription("ingest answered a batch of " + file.path()
                    + " with status " + ack.getStatus()).asRuntimeException();
        }
        if (resumeOffset != NONE) {
            // The latest answer knows the freshest committed offset.
            resumeOffset = ack.getCommittedOffset();
        }
    }

    /**
     * Goes on past a refused batch only when ingest committed its bytes as rejected lines; otherwise resending it
     * would be refused again, so the stream stops with the reason rather than loop.
     */
    private void refused(Batch batch, BatchAck ack) throws IOException {
        if (ack.getCommittedOffset() < batch.endOffset()) {
            throw new StreamFailure("ingest refused bytes " + batch.startOffset() + "-" + batch.endOffset() + " of "
                    + file.path() + " and committed none of them: " + ack.getRefusal());
        }
        listener.acknowledged(batch, ack);
    }

    private void resume() throws IOException, InterruptedException {
        long offset = resumeOffset;
        resumeOffset = NONE;
        if (readingStopped) {
            // What the file holds now is not the stream's; its rotated copy, if any, resumes from the committed offset.
            return;
        }
        W3cDirectiveScanner.Opened opened = W3cDirectiveScanner.resume(configuredFormat, offset,
                named -> call.open(stream, named, kind, settings.ackTimeout()), file::contentFromStart);
        format = opened.format();
        readFrom(opened.committedOffset());
    }

    private void readFrom(long committedOffset) throws IOException {
        try {
            reader = file.readerAt(committedOffset, settings.limits());
        } catch (OffsetMismatchException e) {
            throw new StreamFailure("ingest's committed offset " + committedOffset + " does not fit " + file.path()
                    + ": " + e.getMessage() + " (was the file rewritten?)", e);
        }
        listener.resumedAt(committedOffset, reader.linesBefore());
        pendingSince = NONE;
        atEnd = false;
    }

    /** A batch in flight and when it was sent, which is when its lines were read. */
    private record SentBatch(Batch batch, long sentAt) {
    }
}
