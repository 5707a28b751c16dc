package io.hitstream.bench;

import io.hitstream.bench.e2e.LogGenerator;
import io.hitstream.ingest.domain.BatchCombiner;
import io.hitstream.ingest.domain.BatchTally;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.ingest.domain.DimensionRules;
import io.hitstream.ingest.domain.LineSites;
import io.hitstream.ingest.domain.StreamReadings;
import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.domain.enrich.UserAgentClassifier;
import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.NcsaLogFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of ingest's parse and combine with every dimension on, in lines per second: each
 * invocation is one batch of 4,096 lines, combined by a new {@link BatchCombiner} with the parser and the readings
 * of its stream kept across batches (as ingest keeps a Ship stream's), and turned into counted keys and visitor
 * sketches, as ingest does per batch; the user-agent cache is warm, as it is after a service's first batches. Two
 * inputs: {@code e2e}, the end-to-end benchmark's log of www.example.com (its default seed and million lines: Zipf
 * clients and paths, real agents, internal and external referrers, one line in a thousand malformed) cut into
 * batches one after the other; and {@code sample}, one batch of {@link SampleLines}' {@code combined_latency} lines
 * (a new random client address on nearly every line, five agents) combined again and again.
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
    private static final String E2E_SITE = "www.example.com";
    private static final String SAMPLE_SITE = "example.org";

    @Param({"e2e", "sample"})
    public String input = "e2e";

    private List<byte[]> batches;
    private String site;
    private LogParser parser;
    private DimensionRules rules;
    private StreamReadings readings;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        switch (input) {
            case "e2e" -> {
                batches = e2eBatches();
                site = E2E_SITE;
                parser = NcsaLogFormat.COMBINED.newParser();
                rules = rules(site, "example.com", "/docs/.*");
            }
            case "sample" -> {
                batches = List.of(SampleLines.of("combined_latency", LINES, 42));
                site = SAMPLE_SITE;
                parser = NcsaLogFormat.COMBINED_LATENCY.newParser();
                rules = rules();
            }
            default -> throw new IllegalArgumentException("no input " + input + ": e2e or sample");
        }
        readings = new StreamReadings(rules);
        BatchTally tally = combine(batches.get(0));
        if (tally.acceptedLines() + tally.rejectedLines() != LINES || tally.acceptedLines() < LINES * 99L / 100) {
            throw new IllegalStateException("only " + tally.acceptedLines() + " of " + LINES + " lines count");
        }
        next = 0;
    }

    /** The sample's rules: every dimension on, a host alias and a request group of example.org, warmed up. */
    static DimensionRules rules() {
        return rules(SAMPLE_SITE, "www.example.org", "/api/.*");
    }

    /** Every dimension on, a host alias and a request group of the site, the user-agent cache warmed up. */
    private static DimensionRules rules(String site, String alias, String groupPaths) {
        DimensionRules rules = new DimensionRules(HostAliases.of(Map.of(site, List.of(alias))),
                new UserAgentClassifier(10_000), new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS),
                Map.of(site, new RequestGroups(List.of(
                        new RequestGroupRule("", Pattern.compile(groupPaths), "api", 100)))),
                Map.of(), 100_000);
        rules.warmUp();
        return rules;
    }

    /** The end-to-end benchmark's log of {@link #E2E_SITE}, in batches of {@link #LINES} lines (the tail left out). */
    private static List<byte[]> e2eBatches() {
        StringBuilder lines = new StringBuilder();
        try {
            new LogGenerator(LogGenerator.Settings.of(1, 1_000_000, LogGenerator.SITES))
                    .writeTo(List.of(lines, Writer.nullWriter(), Writer.nullWriter()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] log = lines.toString().getBytes(StandardCharsets.UTF_8);
        List<byte[]> batches = new ArrayList<>();
        int start = 0;
        int end = 0;
        int count = 0;
        while (end < log.length) {
            if (log[end++] == '\n' && ++count == LINES) {
                batches.add(Arrays.copyOfRange(log, start, end));
                start = end;
                count = 0;
            }
        }
        return batches;
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int combineBatch() {
        byte[] batch = batches.get(next);
        next = (next + 1) % batches.size();
        BatchTally tally = combine(batch);
        return tally.countedKeys(ClientDomains.NONE, UNDATED_DAY).size() + tally.visitors().size();
    }

    private BatchTally combine(byte[] batch) {
        ZoneId utc = ZoneId.of("UTC");
        return new BatchCombiner(parser, utc, rules, readings, LineSites.streamOnly(site, utc), "web-1").combine(batch);
    }
}
