package io.hitstream.ingest.grpc;

import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import io.hitstream.proto.ingest.v1.LogBatch;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real gRPC channel (and an HTTP client) to the ingest service under test, on the port it listens on,
 * sending a bearer token on every call as an agent does.
 */
final class IngestChannel implements AutoCloseable {
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final URL base;
    private final ManagedChannel channel;
    private final Channel calls;

    private IngestChannel(URL base, ManagedChannel channel, Metadata headers) {
        this.base = base;
        this.channel = channel;
        this.calls = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    /** A plaintext channel whose calls carry the token that may write every site. */
    IngestChannel(URL base) {
        this(base, plaintext(base), bearer(IngestTokens.EVERY_SITE));
    }

    /** A plaintext channel whose calls carry this token. */
    static IngestChannel withToken(URL base, String token) {
        return withAuthorization(base, "Bearer " + token);
    }

    /** A plaintext channel whose calls carry this {@code authorization} value as it is. */
    static IngestChannel withAuthorization(URL base, String authorization) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, authorization);
        return new IngestChannel(base, plaintext(base), headers);
    }

    /** A plaintext channel whose calls carry no {@code authorization} metadata. */
    static IngestChannel withoutToken(URL base) {
        return new IngestChannel(base, plaintext(base), new Metadata());
    }

    /** A TLS channel trusting only this certificate, whose calls carry the token that may write every site. */
    static IngestChannel overTls(URL base, Path trustedCertificate) throws IOException {
        ManagedChannel channel = NettyChannelBuilder.forAddress(base.getHost(), base.getPort())
                .sslContext(GrpcSslContexts.forClient().trustManager(trustedCertificate.toFile()).build())
                .build();
        return new IngestChannel(base, channel, bearer(IngestTokens.EVERY_SITE));
    }

    ShipCall ship() {
        return new ShipCall(IngestServiceGrpc.newStub(calls));
    }

    BatchAck push(LogBatch batch) {
        return IngestServiceGrpc.newBlockingStub(calls).withDeadlineAfter(30, TimeUnit.SECONDS).push(batch);
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

    private static ManagedChannel plaintext(URL base) {
        return NettyChannelBuilder.forAddress(base.getHost(), base.getPort()).usePlaintext().build();
    }

    private static Metadata bearer(String token) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        return headers;
    }
}
