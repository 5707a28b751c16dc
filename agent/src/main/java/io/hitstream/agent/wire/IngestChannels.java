package io.hitstream.agent.wire;

import io.grpc.ManagedChannel;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One channel to each configured ingest address, shared by every stream (gRPC multiplexes their calls); a stream
 * that loses its server tries the next address in turn.
 */
public final class IngestChannels implements AutoCloseable {

    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final List<ServerAddress> servers;
    private final List<ManagedChannel> channels = new ArrayList<>();

    /** Builds the channels; they connect on their first call. */
    public IngestChannels(List<ServerAddress> servers, ChannelSettings settings) throws IOException {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one ingest address is needed");
        }
        this.servers = List.copyOf(servers);
        try {
            for (ServerAddress server : servers) {
                channels.add(settings.channelTo(server));
            }
        } catch (IOException | RuntimeException e) {
            channels.forEach(ManagedChannel::shutdownNow);
            throw e;
        }
    }

    public int size() {
        return servers.size();
    }

    public ServerAddress address(int index) {
        return servers.get(index);
    }

    public IngestServiceGrpc.IngestServiceStub stub(int index) {
        return IngestServiceGrpc.newStub(channels.get(index));
    }

    @Override
    public void close() throws InterruptedException {
        channels.forEach(ManagedChannel::shutdown);
        for (ManagedChannel channel : channels) {
            if (!channel.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        }
    }
}
