package io.hitstream.ingest.grpc;

import io.hitstream.ingest.service.BatchIngestor;
import io.hitstream.ingest.service.DrainingException;
import io.hitstream.ingest.service.ShipDrain;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.IngestService;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;
import io.quarkus.grpc.GrpcService;
import io.quarkus.grpc.RegisterInterceptor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The ingest v1 gRPC service: every call is authenticated first, then each Ship stream's requests are
 * answered strictly in order with the caller's grant, and failures are mapped to statuses. While ingest drains, a
 * stream ends UNAVAILABLE after the answers to the requests it received before, and new calls are refused so.
 */
@GrpcService
@RegisterInterceptor(BearerAuthInterceptor.class)
public class IngestGrpcService implements IngestService {
    /** Marks the end of a client's requests among the answers, where it ends the stream. */
    private static final Uni<ShipResponse> END_OF_REQUESTS = Uni.createFrom().nothing();

    private final BatchIngestor ingestor;
    private final ShipDrain drain;

    IngestGrpcService(BatchIngestor ingestor, ShipDrain drain) {
        this.ingestor = ingestor;
        this.drain = drain;
    }

    @Override
    public Multi<ShipResponse> ship(Multi<ShipRequest> requests) {
        ShipSession session = new ShipSession(ingestor, CallerGrant.current());
        // Every request is started as it arrives (the session orders the commits); the answers are taken in
        // arrival order. The buffer holds no more than the client keeps unacknowledged.
        Multi<Uni<ShipResponse>> answers = requests.onItem().transform(session::start)
                .onCompletion().continueWith(END_OF_REQUESTS);
        return Multi.createBy().merging().streams(answers, refusalOnDrain())
                .select().first(answer -> answer != END_OF_REQUESTS)
                .onOverflow().bufferUnconditionally()
                .onItem().transformToUniAndConcatenate(response -> response)
                .onFailure().transform(StatusMapping::toStatus);
    }

    @Override
    public Uni<BatchAck> push(LogBatch batch) {
        if (drain.draining()) {
            return Uni.createFrom().failure(StatusMapping.toStatus(new DrainingException()));
        }
        return ingestor.ingest(batch, CallerGrant.current()).onFailure().transform(StatusMapping::toStatus);
    }

    /**
     * One answer that fails the stream, once the drain starts: it comes after the answers to every request received
     * before, so those batches are committed and acknowledged first and later ones are never committed.
     */
    private Multi<Uni<ShipResponse>> refusalOnDrain() {
        return Multi.createFrom().emitter(emitter -> {
            Runnable forget = drain.whenDraining(
                    () -> emitter.emit(Uni.createFrom().failure(new DrainingException())));
            emitter.onTermination(forget);
        });
    }
}
