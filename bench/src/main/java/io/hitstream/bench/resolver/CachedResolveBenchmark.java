package io.hitstream.bench.resolver;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.proto.resolver.v1.ResolverServiceGrpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's targets, over a real gRPC channel to the packaged resolver warmed from PostgreSQL with 50,000 answers:
 * a Resolve of 1,000 cached addresses (p99 under 2 ms), and 1,000,000 lookups over the 50,000 addresses sent as
 * 1,000 calls of 1,000 (under 5 s).
 */
@Fork(1)
@State(Scope.Benchmark)
public class CachedResolveBenchmark {
    private static final int DISTINCT_ADDRESSES = 50_000;
    private static final int BATCH = 1_000;
    private static final int CALLS_PER_MILLION = 1_000;

    private SeededResolverDatabase database;
    private ResolverProcess resolver;
    private ManagedChannel channel;
    private ResolverServiceGrpc.ResolverServiceBlockingStub stub;
    private List<ResolveRequest> batches;
    private int next;

    @Setup(Level.Trial)
    public void start() throws Exception {
        database = new SeededResolverDatabase(DISTINCT_ADDRESSES);
        Path log = Files.createDirectories(ProjectRoot.locate().resolve("bench/target")).resolve("resolver-bench.log");
        resolver = new ResolverProcess(database, log);
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", resolver.port()).usePlaintext().build();
        stub = ResolverServiceGrpc.newBlockingStub(channel);
        batches = batches(database.addresses());
        checkAllCached();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        System.out.printf("%nresolver after the trial: %.0f lookups, cache hit ratio %.4f, %.0f DNS queries%n",
                resolver.metric("hitstream_resolver_lookups_total"),
                resolver.metric("hitstream_resolver_cache_hit_ratio"),
                resolver.metric("hitstream_resolver_dns_queries_total"));
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        resolver.close();
        database.close();
    }

    /** One Resolve call of 1,000 distinct cached addresses; JMH samples each call's time. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    // On two cores the resolver's JIT compilers still take a tenth of the CPU a minute after start: measure after.
    @Warmup(iterations = 20, time = 3)
    @Measurement(iterations = 5, time = 5)
    public ResolveResponse resolveThousandCached() {
        return call(nextBatch());
    }

    /** 1,000,000 lookups: 1,000 calls of 1,000, every one of the 50,000 addresses asked 20 times. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public int millionLookupsOverFiftyThousandAddresses() {
        int results = 0;
        for (int i = 0; i < CALLS_PER_MILLION; i++) {
            results += call(nextBatch()).getAnswersCount();
        }
        return results;
    }

    private ResolveResponse call(ResolveRequest request) {
        return stub.withDeadlineAfter(5, TimeUnit.SECONDS).resolve(request);
    }

    private ResolveRequest nextBatch() {
        ResolveRequest batch = batches.get(next);
        next = (next + 1) % batches.size();
        return batch;
    }

    private void checkAllCached() {
        for (ResolveRequest batch : batches) {
            boolean allResolved = call(batch).getAnswersList().stream()
                    .allMatch(result -> result.getOutcome() == ResolveOutcome.RESOLVE_OUTCOME_RESOLVED);
            if (!allResolved) {
                throw new IllegalStateException("the warm cache does not hold every seeded address");
            }
        }
    }

    private static List<ResolveRequest> batches(List<String> addresses) {
        List<ResolveRequest> batches = new ArrayList<>();
        for (int from = 0; from < addresses.size(); from += BATCH) {
            batches.add(ResolveRequest.newBuilder()
                    .addAllIps(addresses.subList(from, Math.min(from + BATCH, addresses.size())))
                    .build());
        }
        return batches;
    }
}
