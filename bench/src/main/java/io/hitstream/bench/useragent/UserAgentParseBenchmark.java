package io.hitstream.bench.useragent;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one distinct user-agent string costs to parse, uncached, in microseconds: the price ingest pays once per
 * new string before its cache answers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class UserAgentParseBenchmark {
    static final int DISTINCT = 2000;

    @Param({"YAUAA", "UAP"})
    public UserAgentParsers parser;

    private List<String> agents;
    private Function<String, String> parse;

    @Setup(Level.Trial)
    public void setUp() {
        agents = UserAgentSamples.distinct(DISTINCT, 42);
        parse = parser.build();
    }

    @Benchmark
    @OperationsPerInvocation(DISTINCT)
    public void parseEachDistinct(Blackhole blackhole) {
        for (String agent : agents) {
            blackhole.consume(parse.apply(agent));
        }
    }
}
