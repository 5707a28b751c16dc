package io.hitstream.agent.wire;

import io.grpc.ManagedChannel;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * How the agent's channels to ingest are secured: TLS, trusting the certificates of {@code trustedCa} (a PEM
 * file) or else the JVM's default trust store, or plaintext; and the bearer token sent on every call.
 */
public record ChannelSettings(boolean tls, Optional<Path> trustedCa, Optional<BearerToken> token) {

    /** Plaintext and no token: for tests and for an ingest that does not require tokens, on a trusted network. */
    public static final ChannelSettings PLAINTEXT = new ChannelSettings(false, Optional.empty(), Optional.empty());

    /**
     * Netty's HTTP/2 flow controller cuts a message into DATA frames no larger than what the socket takes before it
     * turns unwritable (64 KiB by default), and ingest's gRPC server copies the part of a message received so far on
     * every frame: a batch of 1 MiB in 64 KiB frames is copied some 16 times. With room for a whole batch the
     * controller sends it in one frame (up to ingest's maximum frame size).
     */
    private static final WriteBufferWaterMark BATCH_SIZED_WRITES = new WriteBufferWaterMark(8 << 20, 16 << 20);

    public ChannelSettings {
        if (trustedCa.isPresent() && !tls) {
            throw new IllegalArgumentException("a CA file to trust is only used with TLS");
        }
    }

    /**
     * A channel to {@code server} that connects on its first call.
     *
     * @throws IOException when the CA file cannot be read or holds no certificate
     */
    public ManagedChannel channelTo(ServerAddress server) throws IOException {
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(server.host(), server.port())
                .withOption(ChannelOption.WRITE_BUFFER_WATER_MARK, BATCH_SIZED_WRITES);
        if (tls) {
            builder.sslContext(sslContext());
        } else {
            builder.usePlaintext();
        }
        token.ifPresent(bearer -> builder.intercept(bearer.interceptor()));
        return builder.build();
    }

    private SslContext sslContext() throws IOException {
        SslContextBuilder builder = GrpcSslContexts.forClient();
        if (trustedCa.isPresent()) {
            Path ca = trustedCa.get();
            try (InputStream pem = Files.newInputStream(ca)) {
                builder.trustManager(pem);
            } catch (IllegalArgumentException e) {
                throw new IOException(ca + ": not a PEM file of CA certificates", e);
            }
        }
        try {
            return builder.build();
        } catch (SSLException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }
}
