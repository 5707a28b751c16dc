package io.hitstream.agent.ship;

import io.grpc.ManagedChannel;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A connection to ingest that ships log files, one Ship stream per file, one file after another. */
public final class IngestClient implements AutoCloseable {

    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final ServerAddress server;
    private final ManagedChannel channel;
    private final IngestServiceGrpc.IngestServiceStub stub;

    /** Connects lazily, on the first call, secured as {@code settings} say. */
    public IngestClient(ServerAddress server, ChannelSettings settings) throws IOException {
        this.server = server;
        this.channel = settings.channelTo(server);
        this.stub = IngestServiceGrpc.newStub(channel);
    }

    /**
     * Ships the complete lines of {@code file}, returning once each is acknowledged.
     *
     * @throws ShipFailure with a one-line reason when the server cannot be reached or refuses, or the file fails
     */
    public ShipResult ship(Path file, ShipSettings settings, ShipProgress progress) throws InterruptedException {
        return new FileShipper(stub, server, settings, progress, file).ship();
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdown();
        if (!channel.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
            channel.shutdownNow();
        }
    }
}
