package io.hitstream.stats.grpc;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.hitstream.proto.stats.v1.StatsServiceGrpc;
import java.util.concurrent.TimeUnit;

/** A real plaintext gRPC channel to the stats service under test, on its HTTP port. */
final class StatsChannel implements AutoCloseable {
    private final ManagedChannel channel;

    StatsChannel(int port) {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    StatsServiceGrpc.StatsServiceBlockingStub stats() {
        return StatsServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
