package io.hitstream.agent.wire;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;

/**
 * Watches a client's Ship calls from inside its channel: the most batches it had sent without having received
 * their acknowledgement. Acks are counted before the client sees them, so a client keeping its window never
 * shows more than the window here.
 */
public final class WindowWatch implements ClientInterceptor {

    private int sent;
    private int acknowledged;
    private int mostUnacknowledged;

    public synchronized int mostUnacknowledged() {
        return mostUnacknowledged;
    }

    private synchronized void sending() {
        sent++;
        mostUnacknowledged = Math.max(mostUnacknowledged, sent - acknowledged);
    }

    private synchronized void acknowledged() {
        acknowledged++;
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onMessage(R message) {
                        if (message instanceof ShipResponse response && response.hasAck()) {
                            acknowledged();
                        }
                        super.onMessage(message);
                    }
                }, headers);
            }

            @Override
            public void sendMessage(Q message) {
                if (message instanceof ShipRequest request && request.hasBatch()) {
                    sending();
                }
                super.sendMessage(message);
            }
        };
    }
}
