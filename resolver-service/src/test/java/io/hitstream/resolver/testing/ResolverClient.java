package io.hitstream.resolver.testing;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolverServiceGrpc;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real gRPC channel to the resolver the current Quarkus test started. */
public final class ResolverClient implements AutoCloseable {
    private final ManagedChannel channel;

    private ResolverClient(int port) {
        this.channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    /** Connects to the test application's HTTP port, which also carries gRPC. */
    public static ResolverClient connect() {
        return new ResolverClient(TestPort.get());
    }

    /** Calls Resolve with the given deadline; answers keyed by the address at their position. */
    public Map<String, Resolution> resolve(Duration deadline, List<String> ips) {
        List<Resolution> answers = resolveList(deadline, ips);
        Map<String, Resolution> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < ips.size(); i++) {
            byAddress.put(ips.get(i), answers.get(i));
        }
        return byAddress;
    }

    /** Calls Resolve with a 10-second deadline; results keyed by address. */
    public Map<String, Resolution> resolve(String... ips) {
        return resolve(Duration.ofSeconds(10), List.of(ips));
    }

    /** The answers as sent, in the request's order, for tests about positions and counts. */
    public List<Resolution> resolveList(String... ips) {
        return resolveList(Duration.ofSeconds(10), List.of(ips));
    }

    private List<Resolution> resolveList(Duration deadline, List<String> ips) {
        return ResolverServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .resolve(ResolveRequest.newBuilder().addAllIps(ips).build())
                .getAnswersList();
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
