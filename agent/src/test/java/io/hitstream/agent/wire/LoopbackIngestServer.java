package io.hitstream.agent.wire;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real gRPC server on a loopback port serving a {@link LedgerIngestService}: plaintext or TLS, open to all or
 * requiring a bearer token. A test can close it and start another on the same port with the same ledger.
 */
public final class LoopbackIngestServer implements AutoCloseable {

    private final LedgerIngestService service;
    private final Server server;

    /** Plaintext, no token, on a free port, with a fresh ledger. */
    public LoopbackIngestServer() throws IOException {
        this(new LedgerIngestService(), 0, Optional.empty(), Optional.empty());
    }

    /**
     * @param port 0 for a free one
     * @param tls the server side of TLS, if any
     * @param token the token every call must present, if any
     */
    public LoopbackIngestServer(LedgerIngestService service, int port, Optional<SslContext> tls, Optional<String> token)
            throws IOException {
        this.service = service;
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .addService(token.isPresent()
                        ? ServerInterceptors.intercept(service, new RequiredToken(token.get()))
                        : service.bindService());
        tls.ifPresent(builder::sslContext);
        server = builder.build().start();
    }

    public LedgerIngestService service() {
        return service;
    }

    public int port() {
        return server.getPort();
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
