package io.hitstream.ingest.grpc;

import io.hitstream.ingest.domain.InvalidBatchException;
import io.hitstream.ingest.domain.SiteGrant;
import io.hitstream.ingest.domain.StreamParser;
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

/**
 * One Ship stream of an authenticated caller, in two stages: batches are parsed and their clients named one after
 * the other as they arrive, and each is sent to stats as soon as it is ready, while earlier ones still commit: stats
 * commits the batches of a stream that arrive together in one transaction, in offset order, and answers a batch
 * that overtook an earlier one out of order. Acks keep the stream's order: each waits for the one before it, and none
 * follows a failure. The file opened last decides how its batches are checked and parsed.
 */
final class ShipSession {
    private final BatchIngestor ingestor;
    private final SiteGrant grant;
    /** The last open, once answered; batches are checked against it. Only the caller's one thread at a time starts requests. */
    private Uni<Opened> opened = Uni.createFrom().item(Opened.NONE);
    /** The batch prepared last: the next one is parsed after it, as the stream's parser reads one batch at a time, in order. */
    private Uni<PreparedBatch> lastPrepared = Uni.createFrom().nullItem();
    /** The answer to the request started last: the next commit (or open) waits for it. */
    private Uni<ShipResponse> previous = Uni.createFrom().nullItem();

    ShipSession(BatchIngestor ingestor, SiteGrant grant) {
        this.ingestor = ingestor;
        this.grant = grant;
    }

    /**
     * Starts a request at once and answers the Uni of its response; the caller takes the answers in the order it
     * started the requests, one request at a time.
     */
    Uni<ShipResponse> start(ShipRequest request) {
        Uni<ShipResponse> response = switch (request.getKindCase()) {
            case OPEN -> open(request.getOpen());
            case BATCH -> batch(request.getBatch());
            default -> Uni.createFrom().failure(new InvalidBatchException("ShipRequest holds neither open nor batch"));
        };
        previous = response;
        return response;
    }

    private Uni<ShipResponse> open(StreamOpen open) {
        // After every earlier commit, so that the committed offset it answers counts them.
        Uni<Opened> answered = previous.chain(() -> ingestor.open(open, grant))
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
        Uni<PreparedBatch> prepared = lastPrepared.chain(() -> openedBefore)
                .chain(stream -> prepare(stream, batch))
                .memoize().indefinitely();
        lastPrepared = prepared;
        Uni<ShipResponse> committed = prepared.chain(ready -> ingestor.commit(batch, ready))
                .map(ack -> ShipResponse.newBuilder().setAck(ack).build())
                .memoize().indefinitely();
        // Runs now, not when its answer is asked for: this is what overlaps a batch's parsing and commit with earlier
        // commits. Commits start in the stream's order, each when its batch is prepared, after the one before.
        committed.subscribe().with(ack -> { }, failure -> { });
        // Memoized: the next request's answer waits on this one too.
        return previous.chain(() -> committed).memoize().indefinitely();
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
}
