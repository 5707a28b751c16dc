package io.hitstream.ingest.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.ingest.domain.InvalidBatchException;
import io.hitstream.ingest.domain.SiteNotAllowedException;
import io.hitstream.ingest.peer.StatsRefusedException;
import io.hitstream.ingest.peer.StatsUnavailableException;
import io.hitstream.ingest.service.DrainingException;

/** Maps the failures of a batch to the gRPC status the client sees. */
final class StatusMapping {
    private StatusMapping() {
    }

    static StatusRuntimeException toStatus(Throwable failure) {
        if (failure instanceof StatusRuntimeException status) {
            return status;
        }
        if (failure instanceof InvalidBatchException || failure instanceof StatsRefusedException) {
            return Status.INVALID_ARGUMENT.withDescription(failure.getMessage()).asRuntimeException();
        }
        if (failure instanceof SiteNotAllowedException) {
            return Status.PERMISSION_DENIED.withDescription(failure.getMessage()).asRuntimeException();
        }
        if (failure instanceof StatsUnavailableException || failure instanceof DrainingException) {
            return Status.UNAVAILABLE.withDescription(failure.getMessage()).asRuntimeException();
        }
        return Status.INTERNAL.withDescription("ingest failed: " + failure).withCause(failure).asRuntimeException();
    }
}
