package io.hitstream.ingest.grpc;

import io.hitstream.ingest.domain.InvalidBatchException;
import io.hitstream.ingest.domain.SiteGrant;
import io.hitstream.ingest.domain.StreamParser;
import io.hitstream.ingest.service.BatchIngestor;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;
import io.hitstream.proto.ingest.v1.StreamOpen;
import io.hitstream.proto.ingest.v1.StreamOpened;
import io.smallrye.mutiny.Uni;

/**
 * One Ship stream of an authenticated caller: remembers which file the client opened last, so that its
 * batches can be checked against it, and the parser they are read with.
 */
final class ShipSession {
    private final BatchIngestor ingestor;
    private final SiteGrant grant;
    /** Set and read by consecutive requests, which may run on different threads. */
    private volatile StreamId opened;
    private volatile StreamParser parser;

    ShipSession(BatchIngestor ingestor, SiteGrant grant) {
        this.ingestor = ingestor;
        this.grant = grant;
    }

    /** Answers one request; the caller handles requests one at a time, in order. */
    Uni<ShipResponse> handle(ShipRequest request) {
        switch (request.getKindCase()) {
            case OPEN:
                return open(request.getOpen());
            case BATCH:
                return batch(request.getBatch());
            default:
                return Uni.createFrom().failure(new InvalidBatchException("ShipRequest holds neither open nor batch"));
        }
    }

    private Uni<ShipResponse> open(StreamOpen open) {
        return ingestor.open(open, grant).map(stream -> {
            opened = open.getStream();
            parser = stream.parser();
            return ShipResponse.newBuilder()
                    .setOpened(StreamOpened.newBuilder().setStream(open.getStream()).setCommittedOffset(stream.committedOffset()))
                    .build();
        });
    }

    private Uni<ShipResponse> batch(LogBatch batch) {
        if (opened == null || !opened.equals(batch.getStream())) {
            return Uni.createFrom().failure(new InvalidBatchException(
                    "a LogBatch must follow a StreamOpen of the same stream (host, site, file_id)"));
        }
        return ingestor.ingest(batch, grant, parser).map(ack -> ShipResponse.newBuilder().setAck(ack).build());
    }
}
