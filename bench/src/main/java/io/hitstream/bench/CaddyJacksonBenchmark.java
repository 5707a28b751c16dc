package io.hitstream.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The alternative to log-format's in-place JSON cursor for Caddy lines: Jackson's streaming
 * parser reading the same members (ts, status, size, duration, request method/uri/remote_ip and
 * User-Agent), to compare with {@code LogParserBenchmark.parse} for the caddy preset.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaddyJacksonBenchmark {
    private final JsonFactory factory = new JsonFactory();
    private LineIndex lines;

    @Setup(Level.Trial)
    public void setUp() {
        lines = new LineIndex(SampleLines.of("caddy", LogParserBenchmark.LINES, 42));
    }

    @Benchmark
    @OperationsPerInvocation(LogParserBenchmark.LINES)
    public void parse(Blackhole blackhole) throws IOException {
        LineIndex l = lines;
        for (int i = 0; i < l.size(); i++) {
            try (JsonParser parser = factory.createParser(l.buf, l.starts[i], l.ends[i] - l.starts[i])) {
                readEntry(parser, blackhole);
            }
        }
    }

    private static void readEntry(JsonParser parser, Blackhole blackhole) throws IOException {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "ts", "duration" -> blackhole.consume(parser.getDoubleValue());
                case "status", "size", "bytes_read" -> blackhole.consume(parser.getLongValue());
                case "request" -> readRequest(parser, blackhole);
                default -> {
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                }
            }
        }
    }

    private static void readRequest(JsonParser parser, Blackhole blackhole) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "remote_ip", "client_ip", "method", "uri", "host", "proto" -> blackhole.consume(parser.getText());
                case "headers" -> readHeaders(parser, blackhole);
                default -> {
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                }
            }
        }
    }

    private static void readHeaders(JsonParser parser, Blackhole blackhole) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("User-Agent") && parser.nextToken() == JsonToken.VALUE_STRING) {
                blackhole.consume(parser.getText());
            }
            while (parser.currentToken() != JsonToken.END_ARRAY) {
                parser.nextToken();
            }
        }
    }
}
