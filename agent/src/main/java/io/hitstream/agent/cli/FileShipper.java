package io.hitstream.agent.cli;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.agent.batch.Batch;
import io.hitstream.agent.follow.FeedListener;
import io.hitstream.agent.follow.FileShipment;
import io.hitstream.agent.follow.FollowSettings;
import io.hitstream.agent.follow.StreamFailure;
import io.hitstream.agent.follow.StreamSpec;
import io.hitstream.agent.wire.ServerAddress;
import io.hitstream.agent.wire.StatusDescription;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one-shot {@code ship} of one file: a {@link FileShipment} to the file's end, told as a {@link ShipProgress}
 * and summed up in a {@link ShipResult}. Line counts are kept by offset, so every complete line is counted once
 * as accepted, rejected or already committed, however often its bytes are sent again.
 */
final class FileShipper implements FeedListener {

    private final IngestServiceGrpc.IngestServiceStub stub;
    private final ServerAddress server;
    private final FollowSettings settings;
    private final ShipProgress progress;
    private final StreamSpec spec;
    private FileShipment shipment;
    /** Lines before {@link #accountedOffset} are each counted once, as accepted, rejected or already committed. */
    private long accountedOffset;
    private long accountedLines;
    private long accepted;
    private long rejected;
    private long alreadyCommitted;

    FileShipper(IngestServiceGrpc.IngestServiceStub stub, ServerAddress server, FollowSettings settings,
            ShipProgress progress, StreamSpec spec) {
        this.stub = stub;
        this.server = server;
        this.settings = settings;
        this.progress = progress;
        this.spec = spec;
    }

    /**
     * Ships the file; returns once every complete line is acknowledged.
     *
     * @throws StreamFailure with a one-line reason when ingest cannot be reached or refuses, or the file fails
     */
    ShipResult ship() throws InterruptedException {
        Path file = spec.accessLog();
        try (FileShipment opened = FileShipment.open(spec, settings)) {
            shipment = opened;
            progress.started(file, opened.sizeOnDisk());
            long heldBackBytes = opened.ship(stub, this);
            ShipResult result = new ShipResult(file, accountedLines, accountedOffset, accepted, rejected,
                    alreadyCommitted, heldBackBytes);
            progress.finished(result);
            return result;
        } catch (StatusRuntimeException e) {
            throw failure(e.getStatus());
        } catch (IOException e) {
            throw new StreamFailure(file + ": " + describe(e), e);
        }
    }

    /** The end of the lines acknowledged (or found committed before) so far: where the next attempt would resume. */
    long acknowledgedOffset() {
        return accountedOffset;
    }

    /** Lines jumped over ahead of the accounted offset were committed before. */
    @Override
    public void resumedAt(long committedOffset, long linesBefore) {
        if (committedOffset > accountedOffset) {
            alreadyCommitted += linesBefore - accountedLines;
        }
        accountedOffset = committedOffset;
        accountedLines = linesBefore;
    }

    @Override
    public void shipped(Batch batch) throws IOException {
        progress.advanced(shipment.diskBytesRead(), accountedLines);
    }

    @Override
    public void acknowledged(Batch batch, BatchAck ack) throws IOException {
        // Lines between the accounted offset and the batch were committed before, as when reading resumes there.
        resumedAt(batch.startOffset(), batch.linesBefore());
        accountedOffset = batch.endOffset();
        accountedLines = batch.linesBefore() + batch.lineCount();
        if (ack.getStatus() == BatchStatus.BATCH_STATUS_DUPLICATE) {
            alreadyCommitted += batch.lineCount();
        } else {
            accepted += ack.getAcceptedLines();
            rejected += ack.getRejectedLines();
        }
        progress.advanced(shipment.diskBytesRead(), accountedLines);
    }

    private StreamFailure failure(Status status) {
        if (status.getCode() == Status.Code.UNAVAILABLE) {
            return new StreamFailure("cannot reach ingest at " + server + StatusDescription.detail(status),
                    status.asRuntimeException());
        }
        if (settings.retry().retryable(status.getCode())) {
            return new StreamFailure("ingest at " + server + " did not take " + spec.accessLog() + ": "
                    + StatusDescription.of(status), status.asRuntimeException());
        }
        return new StreamFailure("ingest refused " + spec.accessLog() + ": " + StatusDescription.of(status),
                status.asRuntimeException());
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
