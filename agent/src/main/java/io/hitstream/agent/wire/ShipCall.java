package io.hitstream.agent.wire;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;
import io.hitstream.proto.ingest.v1.LogKind;
import io.hitstream.proto.ingest.v1.StreamOpen;
import java.time.Duration;
import java.util.Optional;

/**
 * One Ship call as a feed uses it: a handshake per file, batches, and the server's answers taken in order,
 * each waited for at most a given time. Every failure surfaces as a {@link StatusRuntimeException}.
 */
public final class ShipCall implements AutoCloseable {

    private final StreamObserver<ShipRequest> requests;
    private final ShipResponseQueue responses;
    /** Whether ingest ended its side after the agent ended its own, so there is nothing left to cancel. */
    private boolean finished;

    private ShipCall(StreamObserver<ShipRequest> requests, ShipResponseQueue responses) {
        this.requests = requests;
        this.responses = responses;
    }

    /** Starts the call; the channel connects now if it is not connected yet. */
    public static ShipCall start(IngestServiceGrpc.IngestServiceStub stub) {
        ShipResponseQueue responses = new ShipResponseQueue();
        return new ShipCall(stub.ship(responses), responses);
    }

    /**
     * Opens {@code stream} and returns the offset ingest has committed for it.
     *
     * @throws StatusRuntimeException DEADLINE_EXCEEDED when no answer comes within {@code timeout}, INTERNAL when
     *     the answer is not a StreamOpened, or the status the call failed with
     */
    public long open(StreamId stream, String format, LogKind kind, Duration timeout) throws InterruptedException {
        StreamOpen open = StreamOpen.newBuilder().setStream(stream).setFormat(format).setKind(kind).build();
        requests.onNext(ShipRequest.newBuilder().setOpen(open).build());
        ShipResponse response = responses.poll(timeout);
        if (response == null) {
            throw Status.DEADLINE_EXCEEDED.withDescription("no answer to the handshake within " + timeout.toMillis()
                    + " ms").asRuntimeException();
        }
        if (!response.hasOpened() || response.getOpened().getCommittedOffset() < 0) {
            throw Status.INTERNAL.withDescription("ingest answered a handshake with " + response.getKindCase())
                    .asRuntimeException();
        }
        return response.getOpened().getCommittedOffset();
    }

    public void send(LogBatch batch) {
        requests.onNext(ShipRequest.newBuilder().setBatch(batch).build());
    }

    /**
     * The next acknowledgement, or empty when none arrives within {@code timeout}.
     *
     * @throws StatusRuntimeException INTERNAL when the answer is not a BatchAck, or the status the call failed with
     */
    public Optional<BatchAck> nextAck(Duration timeout) throws InterruptedException {
        ShipResponse response = responses.poll(timeout);
        if (response == null) {
            return Optional.empty();
        }
        if (!response.hasAck()) {
            throw Status.INTERNAL.withDescription("ingest answered a batch with " + response.getKindCase())
                    .asRuntimeException();
        }
        return Optional.of(response.getAck());
    }

    /**
     * Ends the call once every batch is acknowledged: the agent ends its side, and waits up to {@code wait} for
     * ingest to end its own.
     */
    public void finish(Duration wait) throws InterruptedException {
        requests.onCompleted();
        finished = responses.awaitEnd(wait);
    }

    /** Cancels the call unless it finished; whatever was not acknowledged is resent from the committed offset on the next call. */
    @Override
    public void close() {
        if (!finished) {
            requests.onError(Status.CANCELLED.withDescription("the agent closed the stream").asRuntimeException());
        }
    }
}
