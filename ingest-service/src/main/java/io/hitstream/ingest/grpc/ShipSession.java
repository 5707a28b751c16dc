package io.hitstream.ingest.grpc;

import io.hitstream.ingest.domain.InvalidBatchException;
import io.hitstream.ingest.domain.SiteGrant;
import io.hitstream.ingest.service.BatchIngestor;
import io.hitstream.ingest.service.OpenedStream;
import io.hitstream.ingest.service.PreparedBatch;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;
import io.hitstream.proto.ingest.v1.StreamOpen;
import io.hitstream.proto.ingest.v1.StreamOpened;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;

/**
 * One Ship stream of an authenticated caller, in two stages: batches are parsed and their clients named one after
 * the other as they arrive, while earlier batches commit; each commit starts only once the one before it succeeded,
 * so that commits (and acks) keep the stream's order. The file opened last decides how its batches are checked
 * and parsed.
 *
 * <p>A step waits for the one before it through that step's {@link StepOutcome}, never through the Uni that ran it:
 * a Uni holds every Uni it was built on, so chaining each request on the last one's Uni would keep a stream's
 * every batch and aggregate in memory until the stream ends.
 */
final class ShipSession {
    private final BatchIngestor ingestor;
    private final SiteGrant grant;
    /** The last open, once answered; batches are checked against it. Only the caller's one thread at a time starts requests. */
    private Uni<Opened> opened = Uni.createFrom().item(Opened.NONE);
    /** The batch prepared last: the next one is parsed after it, as the stream's parser reads one batch at a time, in order. */
    private StepOutcome<PreparedBatch> lastPrepared = StepOutcome.done(null);
    /** The request started last, once answered: the next commit (or open) waits for it. */
    private StepOutcome<ShipResponse> previous = StepOutcome.done(null);

    ShipSession(BatchIngestor ingestor, SiteGrant grant) {
        this.ingestor = ingestor;
        this.grant = grant;
    }

    /**
     * Starts a request at once and answers the Uni of its response; the caller takes the answers in the order it
     * started the requests, one request at a time, and subscribes to each answer once.
     */
    Uni<ShipResponse> start(ShipRequest request) {
        Uni<ShipResponse> response = switch (request.getKindCase()) {
            case OPEN -> open(request.getOpen());
            case BATCH -> batch(request.getBatch());
            default -> Uni.createFrom().failure(new InvalidBatchException("ShipRequest holds neither open nor batch"));
        };
        StepOutcome<ShipResponse> answered = new StepOutcome<>();
        previous = answered;
        return answered.settledBy(response);
    }

    private Uni<ShipResponse> open(StreamOpen open) {
        // After every earlier commit, so that the committed offset it answers counts them.
        Uni<Opened> answered = previous.uni().chain(() -> ingestor.open(open, grant))
                .map(stream -> new Opened(open.getStream(), stream))
                .memoize().indefinitely();
        opened = answered;
        return answered.map(stream -> ShipResponse.newBuilder()
                .setOpened(StreamOpened.newBuilder().setStream(open.getStream())
                        .setCommittedOffset(stream.stream().committedOffset()))
                .build());
    }

    private Uni<ShipResponse> batch(LogBatch batch) {
        Uni<Opened> openedBefore = opened;
        StepOutcome<PreparedBatch> prepared = new StepOutcome<>();
        // Runs now, not when its answer is asked for: this is what overlaps a batch's parsing with earlier commits.
        prepared.settledBy(lastPrepared.uni().chain(() -> openedBefore).chain(stream -> prepare(stream, batch)))
                .subscribe().with(ready -> { }, failure -> { });
        lastPrepared = prepared;
        return previous.uni().chain(prepared::uni)
                .chain(ready -> ingestor.commit(batch, ready))
                .map(ack -> ShipResponse.newBuilder().setAck(ack).build());
    }

    private Uni<PreparedBatch> prepare(Opened stream, LogBatch batch) {
        if (stream.id() == null || !stream.id().equals(batch.getStream())) {
            return Uni.createFrom().failure(new InvalidBatchException(
                    "a LogBatch must follow a StreamOpen of the same stream (host, site, file_id)"));
        }
        return ingestor.prepare(batch, grant, stream.stream());
    }

    /** The stream opened last and what its handshake answered; NONE before the first open. */
    private record Opened(StreamId id, OpenedStream stream) {
        static final Opened NONE = new Opened(null, null);
    }

    /** What one step of the session came to (its item or failure), which later steps wait for. */
    private static final class StepOutcome<T> {
        private final CompletableFuture<T> outcome = new CompletableFuture<>();

        static <T> StepOutcome<T> done(T item) {
            StepOutcome<T> step = new StepOutcome<>();
            step.outcome.complete(item);
            return step;
        }

        /** {@code step}, which settles this outcome when it ends. */
        Uni<T> settledBy(Uni<T> step) {
            return step.onItemOrFailure().invoke((item, failure) -> {
                if (failure == null) {
                    outcome.complete(item);
                } else {
                    outcome.completeExceptionally(failure);
                }
            });
        }

        /** The outcome, once there is one; cancelling this Uni leaves the outcome to the step. */
        Uni<T> uni() {
            return Uni.createFrom().emitter(emitter -> outcome.whenComplete((item, failure) -> {
                if (failure == null) {
                    emitter.complete(item);
                } else {
                    emitter.fail(failure);
                }
            }));
        }
    }
}
