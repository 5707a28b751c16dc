package io.hitstream.ingest.grpc;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import io.hitstream.proto.ingest.v1.LogBatch;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/** A real gRPC channel (and an HTTP client) to the ingest service under test, on the port it listens on. */
final class IngestChannel implements AutoCloseable {
    private final URL base;
    private final ManagedChannel channel;

    IngestChannel(URL base) {
        this.base = base;
        this.channel = NettyChannelBuilder.forAddress(base.getHost(), base.getPort()).usePlaintext().build();
    }

    ShipCall ship() {
        return new ShipCall(IngestServiceGrpc.newStub(channel));
    }

    BatchAck push(LogBatch batch) {
        return IngestServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS).push(batch);
    }

    /** The HTTP status of a GET of a path of the service. */
    int get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
