package io.hitstream.agent.ship;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;
import io.hitstream.proto.ingest.v1.StreamOpen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Ships one file over one Ship stream: opens it, resumes at the offset the server says is committed, sends batches
 * with at most a window of them unacknowledged, and on OUT_OF_ORDER starts again from the server's committed
 * offset. Line counts are kept by offset, so every complete line is counted once as accepted, rejected or already
 * committed.
 */
final class FileShipper {

    /** How long to wait for the server to close its side once every batch is acknowledged. */
    private static final Duration END_OF_STREAM_WAIT = Duration.ofSeconds(10);
    private static final long NOT_PENDING = -1;

    private final IngestServiceGrpc.IngestServiceStub stub;
    private final ServerAddress server;
    private final ShipSettings settings;
    private final ShipProgress progress;
    private final Path file;
    private final Deque<Batch> inFlight = new ArrayDeque<>();
    private StreamObserver<ShipRequest> requests;
    private ShipResponseQueue responses;
    private StreamId stream;
    /** The format the stream was last opened with, which every batch names. */
    private String format;
    private LogContent content;
    private BatchReader reader;
    /** Lines before {@link #accountedOffset} are each counted once, as accepted, rejected or already committed. */
    private long accountedOffset;
    private long accountedLines;
    private long accepted;
    private long rejected;
    private long alreadyCommitted;
    /** Where to start again after an OUT_OF_ORDER, once every batch in flight is answered. */
    private long resumeOffset = NOT_PENDING;

    FileShipper(IngestServiceGrpc.IngestServiceStub stub, ServerAddress server, ShipSettings settings,
            ShipProgress progress, Path file) {
        this.stub = stub;
        this.server = server;
        this.settings = settings;
        this.progress = progress;
        this.file = file;
    }

    /** Ships the file; returns once every complete line is acknowledged. */
    ShipResult ship() throws InterruptedException {
        try {
            progress.started(file, Files.size(file));
            Optional<String> fileId = FileIdentity.of(file);
            ShipResult result = fileId.isPresent() ? shipOverStream(fileId.get()) : nothingComplete();
            progress.finished(result);
            return result;
        } catch (IOException e) {
            throw new ShipFailure(file + ": " + describe(e), e);
        }
    }

    private ShipResult nothingComplete() throws IOException {
        try (LogContent whole = LogContent.open(file)) {
            return new ShipResult(file, 0, 0, 0, 0, 0, whole.stream().readAllBytes().length);
        }
    }

    private ShipResult shipOverStream(String fileId) throws IOException, InterruptedException {
        stream = StreamId.newBuilder().setHost(settings.host()).setSite(settings.site()).setFileId(fileId).build();
        responses = new ShipResponseQueue();
        requests = stub.ship(responses);
        boolean ended = false;
        try {
            openAt(W3cDirectiveScanner.open(settings.format(), this::handshake, this::contentFromStart));
            transfer();
            requests.onCompleted();
            ended = responses.awaitEnd(END_OF_STREAM_WAIT);
            return new ShipResult(file, reader.linesBefore(), reader.offset(), accepted, rejected, alreadyCommitted,
                    reader.heldBackBytes());
        } catch (StatusRuntimeException e) {
            ended = true;
            throw failure(e.getStatus());
        } finally {
            if (!ended) {
                requests.onError(Status.CANCELLED.withDescription("the agent stopped shipping").asRuntimeException());
            }
            if (content != null) {
                content.close();
            }
        }
    }

    private long handshake(String named) throws InterruptedException {
        StreamOpen open = StreamOpen.newBuilder().setStream(stream).setFormat(named).build();
        requests.onNext(ShipRequest.newBuilder().setOpen(open).build());
        ShipResponse response = responses.take();
        if (!response.hasOpened() || response.getOpened().getCommittedOffset() < 0) {
            throw new ShipFailure("ingest answered the handshake for " + file + " with " + response.getKindCase());
        }
        return response.getOpened().getCommittedOffset();
    }

    private void transfer() throws IOException, InterruptedException {
        while (true) {
            fillWindow();
            if (inFlight.isEmpty()) {
                if (resumeOffset == NOT_PENDING) {
                    return;
                }
                long offset = resumeOffset;
                resumeOffset = NOT_PENDING;
                openAt(W3cDirectiveScanner.resume(settings.format(), offset, this::handshake, this::contentFromStart));
            } else {
                onAck(takeAck());
            }
        }
    }

    private void fillWindow() throws IOException {
        while (resumeOffset == NOT_PENDING && inFlight.size() < settings.window()) {
            Optional<Batch> next = reader.next();
            if (next.isEmpty()) {
                return;
            }
            send(next.get());
        }
    }

    private void send(Batch batch) {
        requests.onNext(ShipRequest.newBuilder().setBatch(batch.message(stream, format)).build());
        inFlight.addLast(batch);
        progress.advanced(content.diskBytesRead(), accountedLines);
    }

    private BatchAck takeAck() throws InterruptedException {
        ShipResponse response = responses.take();
        if (!response.hasAck()) {
            throw new ShipFailure("ingest answered a batch of " + file + " with " + response.getKindCase());
        }
        return response.getAck();
    }

    private void onAck(BatchAck ack) {
        Batch batch = inFlight.removeFirst();
        if (ack.getStartOffset() != batch.startOffset() || ack.getEndOffset() != batch.endOffset()) {
            throw new ShipFailure("ingest acknowledged bytes " + ack.getStartOffset() + "-" + ack.getEndOffset()
                    + " of " + file + " where bytes " + batch.startOffset() + "-" + batch.endOffset() + " were due");
        }
        switch (ack.getStatus()) {
            case BATCH_STATUS_COMMITTED -> {
                accountUpTo(batch);
                accepted += ack.getAcceptedLines();
                rejected += ack.getRejectedLines();
            }
            case BATCH_STATUS_DUPLICATE -> {
                accountUpTo(batch);
                alreadyCommitted += batch.lineCount();
            }
            case BATCH_STATUS_OUT_OF_ORDER -> resumeOffset = ack.getCommittedOffset();
            default -> throw new ShipFailure("ingest answered a batch of " + file + " with status " + ack.getStatus());
        }
        if (resumeOffset != NOT_PENDING) {
            // The last answer knows the freshest committed offset.
            resumeOffset = ack.getCommittedOffset();
        }
        progress.advanced(content.diskBytesRead(), accountedLines);
    }

    /** Counts lines skipped between the accounted offset and the batch (committed before) and moves past it. */
    private void accountUpTo(Batch batch) {
        if (batch.startOffset() > accountedOffset) {
            alreadyCommitted += batch.linesBefore() - accountedLines;
        }
        accountedOffset = batch.endOffset();
        accountedLines = batch.linesBefore() + batch.lineCount();
    }

    /**
     * (Re)opens the file at the committed offset of a stream opened as {@code opened}; lines jumped over ahead of
     * the accounted offset were committed before.
     */
    private void openAt(W3cDirectiveScanner.Opened opened) throws IOException {
        format = opened.format();
        long offset = opened.committedOffset();
        if (content != null) {
            content.close();
        }
        content = LogContent.open(file);
        long linesBefore;
        try {
            linesBefore = content.skipTo(offset);
        } catch (OffsetMismatchException e) {
            throw new ShipFailure("ingest's committed offset " + offset + " does not fit " + file + ": " + e.getMessage()
                    + " (was the file rewritten?)", e);
        }
        if (offset > accountedOffset) {
            alreadyCommitted += linesBefore - accountedLines;
        }
        accountedOffset = offset;
        accountedLines = linesBefore;
        reader = new BatchReader(content.stream(), offset, linesBefore, settings.limits());
    }

    private InputStream contentFromStart() throws IOException {
        return LogContent.open(file).stream();
    }

    private ShipFailure failure(Status status) {
        String description = status.getDescription() == null ? "" : ": " + status.getDescription();
        Throwable cause = status.getCause();
        String detail = cause == null || cause.getMessage() == null ? description : description + " (" + cause.getMessage() + ")";
        if (status.getCode() == Status.Code.UNAVAILABLE) {
            return new ShipFailure("cannot reach ingest at " + server + detail, status.asRuntimeException());
        }
        return new ShipFailure("ingest refused " + file + ": " + status.getCode() + detail, status.asRuntimeException());
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage();
    }
}
