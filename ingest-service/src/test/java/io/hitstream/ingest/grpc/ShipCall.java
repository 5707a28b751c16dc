package io.hitstream.ingest.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One Ship stream as a test client drives it: send requests, take responses one by one, see how it ended. */
final class ShipCall implements StreamObserver<ShipResponse> {
    /** Generous bound on waiting, so that a broken server fails the test instead of hanging it. */
    private static final long WAIT_SECONDS = 30;
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<ShipResponse> responses = new LinkedBlockingQueue<>();
    private final CompletableFuture<Status> end = new CompletableFuture<>();
    private final StreamObserver<ShipRequest> requests;

    ShipCall(IngestServiceGrpc.IngestServiceStub stub) {
        this.requests = stub.ship(this);
    }

    ShipCall send(ShipRequest request) {
        requests.onNext(request);
        return this;
    }

    /** The next response; fails when the stream ends without one or nothing comes. */
    ShipResponse next() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            ShipResponse response = responses.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (response != null) {
                return response;
            }
            if (end.isDone() && responses.isEmpty()) {
                throw new AssertionError("no response; the stream ended with " + end.getNow(null));
            }
        }
        throw new AssertionError("no response within " + WAIT_SECONDS + " s");
    }

    /** Closes the client's side and returns the status the server ended the stream with. */
    Status finish() throws Exception {
        requests.onCompleted();
        return awaitEnd();
    }

    /** The status the server ended the stream with. */
    Status awaitEnd() throws InterruptedException, ExecutionException, TimeoutException {
        return end.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The responses received and not yet taken by {@link #next()}. */
    List<ShipResponse> untaken() {
        return List.copyOf(responses);
    }

    @Override
    public void onNext(ShipResponse response) {
        responses.add(response);
    }

    @Override
    public void onError(Throwable failure) {
        end.complete(Status.fromThrowable(failure));
    }

    @Override
    public void onCompleted() {
        end.complete(Status.OK);
    }
}
