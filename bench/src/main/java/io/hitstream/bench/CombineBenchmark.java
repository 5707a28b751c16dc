package io.hitstream.bench;

import io.hitstream.ingest.domain.BatchCombiner;
import io.hitstream.ingest.domain.BatchTally;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.ingest.domain.DimensionRules;
import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.domain.enrich.UserAgentClassifier;
import io.hitstream.logformat.NcsaLogFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of ingest's parse and combine with every dimension on, in lines per second: each
 * invocation is one batch of generated {@code combined_latency} lines (real user agents and referrers, a request
 * group, a host alias), combined by a new {@link BatchCombiner} and turned into counted keys, as ingest does per
 * batch; the user-agent cache is warm, as it is after a service's first batches.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CombineBenchmark {
    static final int LINES = 4096;
    /** The day of lines a batch rejects without counting any (this one counts every line). */
    private static final LocalDate UNDATED_DAY = LocalDate.of(2026, 11, 5);

    private byte[] batch;
    private DimensionRules rules;

    @Setup(Level.Trial)
    public void setUp() {
        batch = SampleLines.of("combined_latency", LINES, 42);
        rules = rules();
        BatchTally tally = combine();
        if (tally.acceptedLines() != LINES) {
            throw new IllegalStateException("only " + tally.acceptedLines() + " of " + LINES + " sample lines count");
        }
    }

    /** Every dimension on, a host alias and a request group of example.org, the user-agent cache warmed up. */
    static DimensionRules rules() {
        DimensionRules rules = new DimensionRules(HostAliases.of(Map.of("example.org", List.of("www.example.org"))),
                new UserAgentClassifier(10_000), new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS),
                Map.of("example.org", new RequestGroups(List.of(
                        new RequestGroupRule("", Pattern.compile("/api/.*"), "api", 100)))),
                Map.of(), 100_000);
        rules.warmUp();
        return rules;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int combineBatch() {
        return combine().countedKeys(ClientDomains.NONE, UNDATED_DAY).size();
    }

    private BatchTally combine() {
        return new BatchCombiner(NcsaLogFormat.COMBINED_LATENCY.newParser(), ZoneId.of("UTC"), rules, "example.org", "web-1")
                .combine(batch);
    }
}
