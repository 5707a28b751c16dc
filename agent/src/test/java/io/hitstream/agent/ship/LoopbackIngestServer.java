package io.hitstream.agent.ship;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/** A real gRPC server on a free loopback port, serving a {@link LedgerIngestService}. */
public final class LoopbackIngestServer implements AutoCloseable {

    private final LedgerIngestService service = new LedgerIngestService();
    private final Server server;

    public LoopbackIngestServer() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .addService(service)
                .build()
                .start();
    }

    public LedgerIngestService service() {
        return service;
    }

    public ServerAddress address() {
        return new ServerAddress(InetAddress.getLoopbackAddress().getHostAddress(), server.getPort());
    }

    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(10, TimeUnit.SECONDS);
    }
}
