package io.hitstream.ingest.grpc;

import io.hitstream.ingest.grpc.BearerAuthInterceptor;
import io.hitstream.ingest.grpc.CallerGrant;
import io.hitstream.ingest.service.BatchIngestor;
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
 * answered strictly in order with the caller's grant, and failures are mapped to statuses.
 */
@GrpcService
@RegisterInterceptor(BearerAuthInterceptor.class)
public class IngestGrpcService implements IngestService {
    private final BatchIngestor ingestor;

    IngestGrpcService(BatchIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @Override
    public Multi<ShipResponse> ship(Multi<ShipRequest> requests) {
        ShipSession session = new ShipSession(ingestor, CallerGrant.current());
        // Every request is started as it arrives (the session orders the commits); the answers are taken in
        // arrival order. The buffer holds no more than the client keeps unacknowledged.
        return requests.onItem().transform(session::start)
                .onOverflow().bufferUnconditionally()
                .onItem().transformToUniAndConcatenate(response -> response)
                .onFailure().transform(StatusMapping::toStatus);
    }

    @Override
    public Uni<BatchAck> push(LogBatch batch) {
        return ingestor.ingest(batch, CallerGrant.current()).onFailure().transform(StatusMapping::toStatus);
    }
}
