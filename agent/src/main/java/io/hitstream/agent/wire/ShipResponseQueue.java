package io.hitstream.agent.wire;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.ingest.v1.ShipResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands what the server sends on a Ship stream, which arrives on gRPC threads, over to the shipping thread in
 * order. It holds at most one answer per request in flight, so it stays as small as the window.
 */
final class ShipResponseQueue implements StreamObserver<ShipResponse> {

    /** Marks the server's end of the stream in {@link #events}. */
    private static final Object END = new Object();

    /** Each element is a {@link ShipResponse}, the {@link Throwable} that ended the stream, or {@link #END}. */
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    @Override
    public void onNext(ShipResponse response) {
        events.add(response);
    }

    @Override
    public void onError(Throwable error) {
        events.add(error);
    }

    @Override
    public void onCompleted() {
        events.add(END);
    }

    /**
     * The next answer, waiting for it as long as it takes.
     *
     * @throws StatusRuntimeException when the stream failed, or ended while an answer was still due
     */
    ShipResponse take() throws InterruptedException {
        return answer(events.take());
    }

    /**
     * The next answer, or null when none arrives within {@code timeout}.
     *
     * @throws StatusRuntimeException when the stream failed, or ended while an answer was still due
     */
    ShipResponse poll(Duration timeout) throws InterruptedException {
        Object event = events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return event == null ? null : answer(event);
    }

    private static ShipResponse answer(Object event) {
        if (event instanceof ShipResponse response) {
            return response;
        }
        if (event instanceof Throwable error) {
            throw Status.fromThrowable(error).asRuntimeException();
        }
        throw Status.INTERNAL.withDescription("ingest ended the stream before answering every request")
                .asRuntimeException();
    }

    /** Waits up to {@code timeout} for the server to end the stream; true when it did, successfully or not. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                return false;
            }
            if (event == END || event instanceof Throwable) {
                return true;
            }
        }
    }
}
