package io.hitstream.bench.resolver;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveRequest;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.proto.resolver.v1.ResolverServiceGrpc;
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
 * The control for {@link CachedResolveBenchmark}: the same call (1,000 addresses in, 1,000 answers of the same
 * size out) against a server that does no work at all. It is grpc-java on Netty in the benchmark's own JVM,
 * sending one response built in advance. Whatever this takes is the transport and the machine, and no
 * resolver can be faster than it.
 */
@Fork(1)
@State(Scope.Benchmark)
public class GrpcFloorBenchmark {
    private static final int BATCH = 1_000;

    private Server server;
    private ManagedChannel channel;
    private ResolverServiceGrpc.ResolverServiceBlockingStub stub;
    private ResolveRequest request;

    @Setup(Level.Trial)
    public void start() throws Exception {
        ResolveRequest.Builder ips = ResolveRequest.newBuilder();
        ResolveResponse.Builder answers = ResolveResponse.newBuilder();
        for (int i = 0; i < BATCH; i++) {
            ips.addIps(SeededResolverDatabase.address(i));
            answers.addAnswers(Resolution.newBuilder()
                    .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED)
                    .setHostName(SeededResolverDatabase.hostName(i))
                    .setRegistrableDomain("example.co.uk")
                    .setTopLevelDomain("uk")
                    .setCountryCode("GB"));
        }
        request = ips.build();
        ResolveResponse canned = answers.build();
        server = NettyServerBuilder.forPort(0)
                .directExecutor()
                .addService(new ResolverServiceGrpc.ResolverServiceImplBase() {
                    @Override
                    public void resolve(ResolveRequest ignored, StreamObserver<ResolveResponse> response) {
                        response.onNext(canned);
                        response.onCompleted();
                    }
                })
                .build()
                .start();
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
        stub = ResolverServiceGrpc.newBlockingStub(channel);
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    /** One call of 1,000 addresses answered with 1,000 ready-made answers. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 10, time = 3)
    @Measurement(iterations = 5, time = 5)
    public ResolveResponse cannedThousandAnswers() {
        return stub.withDeadlineAfter(5, TimeUnit.SECONDS).resolve(request);
    }
}
