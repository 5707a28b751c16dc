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
import java.util.concurrent.atomic.AtomicReference;

/**
 * One Ship stream of an authenticated caller, in two stages: batches are parsed and their clients named one after
 * the other as they arrive, and each is sent to stats, in order, as soon as it is ready, while earlier ones still
 * commit: stats commits the batches of a stream that arrive together in one transaction. Acks keep the stream's
 * order: each waits for the one before it, and none follows a failure. The file opened last decides how its batches are checked and parsed.
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
    /**
     * The batch sent to stats last: the next one is parsed after it, as the stream's parser reads one batch at a
     * time, in order, and sent after it.
     */
    private StepOutcome<Void> lastSent = StepOutcome.done(null);
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
        StepOutcome<Void> sent = new StepOutcome<>();
        StepOutcome<ShipResponse> committed = new StepOutcome<>();
        // The steps below live until the batch is committed, and each holds what its lambda holds: the batch is
        // handed over once, so that its lines are not kept after they are read (the prepared batch keeps none).
        AtomicReference<LogBatch> received = new AtomicReference<>(batch);
        // Runs now, not when its answer is asked for: this is what overlaps a batch's parsing and commit with earlier
        // commits. A batch is prepared once the one before it was sent, so that stats receives them in order.
        committed.settledBy(lastSent.uni().chain(() -> openedBefore)
                        .chain(stream -> prepare(stream, received.getAndSet(null)))
                        .onFailure().invoke(sent::fail)
                        .chain(ready -> send(ready, sent)))
                .subscribe().with(ack -> { }, failure -> { });
        lastSent = sent;
        return previous.uni().chain(committed::uni);
    }

    /** Starts the batch's commit and only then lets the next batch go on; answers the commit's ack. */
    private Uni<ShipResponse> send(PreparedBatch ready, StepOutcome<Void> sent) {
        Uni<ShipResponse> answer = ingestor.commit(ready)
                .map(ack -> ShipResponse.newBuilder().setAck(ack).build())
                .memoize().indefinitely();
        answer.subscribe().with(ack -> { }, failure -> { });
        sent.complete(null);
        return answer;
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

        void complete(T item) {
            outcome.complete(item);
        }

        void fail(Throwable failure) {
            outcome.completeExceptionally(failure);
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
