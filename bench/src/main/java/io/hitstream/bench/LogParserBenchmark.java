package io.hitstream.bench;

import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.LogRecord;
import io.hitstream.logformat.TextField;
import java.util.concurrent.TimeUnit;
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
 * Single-thread parse throughput per preset, in lines per second: {@link #parse} parses each
 * generated line into a reused record; {@link #parseAndDecode} also makes the path and client
 * address strings, as ingest does for every line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LogParserBenchmark {
    static final int LINES = 4096;

    @Param({"combined", "common", "vhost_combined", "combined_latency", "nginx", "w3c", "squid", "caddy", "haproxy"})
    public String preset;

    private LineIndex lines;
    private LogParser parser;
    private final LogRecord record = new LogRecord();

    @Setup(Level.Trial)
    public void setUp() {
        lines = new LineIndex(SampleLines.of(preset, LINES, 42));
        parser = LogFormatRegistry.standard().require(preset).newParser();
        int parsed = 0;
        for (int i = 0; i < lines.size(); i++) {
            parsed += parser.parse(lines.buf, lines.starts[i], lines.ends[i], record) ? 1 : 0;
        }
        if (parsed < LINES) {
            throw new IllegalStateException(preset + ": only " + parsed + " of " + LINES + " sample lines parse");
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void parse(Blackhole blackhole) {
        LineIndex l = lines;
        for (int i = 0; i < l.size(); i++) {
            if (parser.parse(l.buf, l.starts[i], l.ends[i], record)) {
                blackhole.consume(record.status());
                blackhole.consume(record.responseBytes());
                blackhole.consume(record.epochSecond());
                blackhole.consume(record.has(TextField.PATH));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void parseAndDecode(Blackhole blackhole) {
        LineIndex l = lines;
        for (int i = 0; i < l.size(); i++) {
            if (parser.parse(l.buf, l.starts[i], l.ends[i], record)) {
                blackhole.consume(record.status());
                blackhole.consume(record.responseBytes());
                blackhole.consume(record.epochSecond());
                blackhole.consume(record.text(TextField.PATH));
                blackhole.consume(record.text(TextField.CLIENT_ADDRESS));
            }
        }
    }
}
