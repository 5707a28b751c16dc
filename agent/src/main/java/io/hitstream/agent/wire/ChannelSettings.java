package io.hitstream.agent.wire;

import io.grpc.ManagedChannel;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
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
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(server.host(), server.port());
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
