package io.hitstream.ingest.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.proto.resolver.v1.MutinyResolverServiceGrpc;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.proto.resolver.v1.ResolverServiceGrpc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolver's answers kept in ingest, against a resolver served by grpc-java on a loopback port. */
class AnswerCacheTest {
    private static final String NAMED = "203.0.113.5";
    private static final String NAMELESS = "192.0.2.1";
    private static final String LATE = "198.51.100.9";
    private static final Duration TTL = Duration.ofDays(42);
    private static final Duration NO_NAME_TTL = Duration.ofDays(1);

    private final AskedResolver asked = new AskedResolver();
    private final AtomicLong nanos = new AtomicLong();
    private Server server;
    private ManagedChannel channel;
    private ResolverPeer peer;

    @BeforeEach
    void connect() throws IOException {
        server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(asked).build().start();
        channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
        peer = new ResolverPeer(MutinyResolverServiceGrpc.newMutinyStub(channel), Duration.ofSeconds(5), 20_000,
                new AnswerCache(100, TTL, NO_NAME_TTL, nanos::get));
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aSecondBatchOfTheSameAddressesAsksTheResolverNothingAndCountsThemTheSame() {
        domainsOf(NAMED, NAMELESS);

        ClientDomains second = domainsOf(NAMED, NAMELESS);

        assertEquals(List.of(List.of(NAMED, NAMELESS)), asked.requests);
        assertEquals(List.of("example.net", "IN", NAMELESS, "unknown"), List.of(second.domainOf(NAMED),
                second.countryOf(NAMED), second.domainOf(NAMELESS), second.countryOf(NAMELESS)));
    }

    @Test
    void onlyTheAddressesWithoutAKeptAnswerAreAsked() {
        domainsOf(NAMED);

        domainsOf(NAMED, NAMELESS);

        assertEquals(List.of(List.of(NAMED), List.of(NAMELESS)), asked.requests);
    }

    @Test
    void anAnswerTheResolverDidNotHaveInTimeIsAskedAgain() {
        domainsOf(LATE);

        domainsOf(LATE);

        assertEquals(List.of(List.of(LATE), List.of(LATE)), asked.requests);
    }

    @Test
    void noNameIsAskedAgainAfterItsTimeAndANameIsStillKept() {
        domainsOf(NAMED, NAMELESS);
        nanos.addAndGet(NO_NAME_TTL.toNanos());

        domainsOf(NAMED, NAMELESS);

        assertEquals(List.of(List.of(NAMED, NAMELESS), List.of(NAMELESS)), asked.requests);
    }

    @Test
    void aNameIsAskedAgainAfterItsTime() {
        domainsOf(NAMED);
        nanos.addAndGet(TTL.toNanos());

        domainsOf(NAMED);

        assertEquals(List.of(List.of(NAMED), List.of(NAMED)), asked.requests);
    }

    private ClientDomains domainsOf(String... addresses) {
        return peer.domainsOf(List.of(addresses)).await().atMost(Duration.ofSeconds(10));
    }

    /** A resolver that names {@link #NAMED}, has no name for {@link #NAMELESS}, is late for the rest, and records each request. */
    private static final class AskedResolver extends ResolverServiceGrpc.ResolverServiceImplBase {
        private static final Map<String, Resolution> ANSWERS = Map.of(
                NAMED, Resolution.newBuilder().setOutcome(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED)
                        .setHostName("host.example.net").setRegistrableDomain("example.net").setCountryCode("IN").build(),
                NAMELESS, Resolution.newBuilder().setOutcome(ResolveOutcome.RESOLVE_OUTCOME_NO_NAME).build());
        private static final Resolution TIMED_OUT =
                Resolution.newBuilder().setOutcome(ResolveOutcome.RESOLVE_OUTCOME_TIMED_OUT).build();

        final List<List<String>> requests = new CopyOnWriteArrayList<>();

        @Override
        public void resolve(ResolveRequest request, StreamObserver<ResolveResponse> answer) {
            requests.add(List.copyOf(request.getIpsList()));
            ResolveResponse.Builder response = ResolveResponse.newBuilder();
            request.getIpsList().forEach(ip -> response.addAnswers(ANSWERS.getOrDefault(ip, TIMED_OUT)));
            answer.onNext(response.build());
            answer.onCompleted();
        }
    }
}
