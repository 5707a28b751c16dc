package io.hitstream.ingest.grpc;

import static io.hitstream.ingest.grpc.Aggregates.dailyHits;
import static io.hitstream.ingest.grpc.Messages.batch;
import static io.hitstream.ingest.grpc.Messages.newStream;
import static io.hitstream.ingest.grpc.Messages.open;
import static io.hitstream.ingest.grpc.Messages.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.LogKind;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.StreamOpen;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PeerServers.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = IngestTokens.class, restrictToAnnotatedClass = true)
class LogFormatsTest {
    private static final long TEN_UTC = 1_793_527_200L;
    private static final long ELEVEN_UTC = 1_793_530_800L;

    @TestHTTPResource("/")
    URL url;
    RecordingStats stats;
    private IngestChannel ingest;

    @BeforeEach
    void connect() {
        ingest = new IngestChannel(url);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        ingest.close();
    }

    @Test
    void siteWithACustomApacheFormatHasItsLinesParsedByIt() {
        StreamId stream = newStream(PeerServers.APACHE_SITE);
        LogBatch batch = siteFormat(batch(stream, 0,
                "192.0.2.10 [01/Nov/2026:10:15:00 +0000] \"GET /docs/a?x=1 HTTP/1.1\" 200 1234 \"curl/8.0\" 5120\n"
                + "198.51.100.9 [01/Nov/2026:10:45:00 +0000] \"POST /docs/b HTTP/1.1\" 404 - \"curl/8.0\" 17\n"));

        ingest.push(batch);

        assertEquals(List.of(PartialAggregate.newBuilder()
                .setStream(stream).setStartOffset(0).setEndOffset(batch.getEndOffset()).setTimeZone("UTC")
                .addHourly(HourlyTotals.newBuilder().setHourStartEpochSecond(TEN_UTC).setLocalDate("2026-11-01")
                        .setHits(2).setBytes(1234).setStatus2Xx(1).setStatus4Xx(1).setPages(2).setCrawlerHits(2))
                .setAcceptedLines(2)
                .build()), received(stream));
        assertEquals(List.of(daily("/docs/a", 1), daily("/docs/b", 1)),
                dailyHits(stats.receivedFor(stream).get(0), Dimension.DIMENSION_URL));
        assertEquals(List.of(daily("192.0.2.10", 1), daily("example.com", 1)),
                dailyHits(stats.receivedFor(stream).get(0), Dimension.DIMENSION_CLIENT_DOMAIN));
    }

    @Test
    void siteWithAnNginxFormatTakesItsClientFromForwardedFor() {
        StreamId stream = newStream(PeerServers.NGINX_SITE);
        LogBatch batch = siteFormat(batch(stream, 0,
                "10.0.0.5 - - [01/Nov/2026:11:05:00 +0000] \"GET /shop HTTP/2.0\" 301 0 \"Mozilla/5.0\" \"81.2.69.142, 10.0.0.1\"\n"));

        ingest.push(batch);

        assertEquals(List.of(PartialAggregate.newBuilder()
                .setStream(stream).setStartOffset(0).setEndOffset(batch.getEndOffset()).setTimeZone("UTC")
                .addHourly(HourlyTotals.newBuilder().setHourStartEpochSecond(ELEVEN_UTC).setLocalDate("2026-11-01")
                        .setHits(1).setBytes(0).setStatus3Xx(1).setPages(1))
                .setAcceptedLines(1)
                .build()), received(stream));
        assertEquals(List.of(daily("/shop", 1)), dailyHits(stats.receivedFor(stream).get(0), Dimension.DIMENSION_URL));
        assertEquals(List.of(daily("81.2.69.142", 1)),
                dailyHits(stats.receivedFor(stream).get(0), Dimension.DIMENSION_CLIENT_DOMAIN));
    }

    @Test
    void w3cColumnsReadInOneBatchCarryOverToTheNextOfTheSameStream() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch first = named("w3c", batch(stream, 0,
                "#Fields: date time c-ip cs-method cs-uri-stem sc-status sc-bytes\n"
                + "2026-11-01 10:00:00 192.0.2.1 GET /a 200 100\n"));
        LogBatch second = named("w3c", batch(stream, first.getEndOffset(),
                "2026-11-01 10:30:00 192.0.2.1 GET /b 200 50\n"
                + "#Fields: date time cs-uri-stem c-ip sc-status\n"
                + "2026-11-01 11:00:00 /c 192.0.2.2 503\n"));

        ShipCall call = ingest.ship().send(open(stream, "w3c")).send(ship(first)).send(ship(second));
        call.next();
        call.next();
        call.next();

        assertEquals(PartialAggregate.newBuilder()
                .setStream(stream).setStartOffset(first.getEndOffset()).setEndOffset(second.getEndOffset()).setTimeZone("UTC")
                .addHourly(HourlyTotals.newBuilder().setHourStartEpochSecond(TEN_UTC).setLocalDate("2026-11-01")
                        .setHits(1).setBytes(50).setStatus2Xx(1).setPages(1))
                .addHourly(HourlyTotals.newBuilder().setHourStartEpochSecond(ELEVEN_UTC).setLocalDate("2026-11-01")
                        .setHits(1).setStatus5Xx(1).setPages(1))
                .setAcceptedLines(2)
                .build(), received(stream).get(1));
        assertEquals(List.of(daily("/b", 1), daily("/c", 1)),
                dailyHits(stats.receivedFor(stream).get(1), Dimension.DIMENSION_URL));
        assertEquals(List.of(daily("192.0.2.1", 1), daily("192.0.2.2", 1)),
                dailyHits(stats.receivedFor(stream).get(1), Dimension.DIMENSION_CLIENT_DOMAIN));
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void errorLogStreamIsCountedPerLevelAndDayAndNeverAsHits() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch batch = batch(stream, 0,
                "[Sun Nov 01 10:02:00.123456 2026] [core:error] [pid 12:tid 34] [client 192.0.2.1:5000] AH00126: x\n"
                + "2026/11/01 10:03:00 [warn] 1#0: *7 an upstream response is buffered\n"
                + "2026/11/01 10:04:00 [error] 1#0: *8 upstream timed out\n").toBuilder().setFormat("").build();

        ShipCall call = ingest.ship().send(openErrorLog(stream, "error")).send(ship(batch));
        call.next();
        BatchAck ack = call.next().getAck();

        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, ack.getStatus());
        assertEquals(3, ack.getAcceptedLines());
        PartialAggregate aggregate = stats.receivedFor(stream).get(0);
        assertEquals(List.of(), aggregate.getHourlyList());
        assertEquals(List.of(daily("error", 2), daily("warn", 1)), dailyHits(aggregate, Dimension.DIMENSION_ERROR_LEVEL));
        assertEquals(List.of(), dailyHits(aggregate, Dimension.DIMENSION_URL));
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void errorLogStreamOfAnAccessLogFormatIsInvalidArgument() throws Exception {
        ShipCall call = ingest.ship().send(openErrorLog(newStream("www.example.org"), "combined"));

        Status status = call.awaitEnd();

        assertEquals(Status.Code.INVALID_ARGUMENT, status.getCode());
        assertEquals("unknown log format: combined (known: apache_error, nginx_error, error)", status.getDescription());
    }

    @Test
    void invalidFormatStringAtOpenIsInvalidArgumentWithTheCompileError() throws Exception {
        String format = "%h %t \"%r\" %{User-Agent";
        ShipCall call = ingest.ship().send(open(newStream("www.example.org"), format));

        Status status = call.awaitEnd();

        assertEquals(Status.Code.INVALID_ARGUMENT, status.getCode());
        assertEquals(compileError(format), status.getDescription());
        assertEquals(List.of(), call.untaken());
    }

    @Test
    void formatStringNamedByAPushIsCompiledAndUsed() {
        StreamId stream = newStream("www.example.org");

        BatchAck ack = ingest.push(named(PeerServers.APACHE_FORMAT, batch(stream, 0,
                "192.0.2.10 [01/Nov/2026:10:15:00 +0000] \"GET / HTTP/1.1\" 200 5 \"curl/8.0\" 1\n")));

        assertEquals(1, ack.getAcceptedLines());
    }

    @Test
    void streamOfASiteWithoutAFormatMustNameOne() {
        LogBatch batch = siteFormat(batch(newStream("www.example.org"), 0, "x\n"));

        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> ingest.push(batch));

        assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        assertEquals("the stream names no log format and site www.example.org has none configured"
                + " (hitstream.ingest.sites.\"www.example.org\".format or hitstream.ingest.default-format)",
                e.getStatus().getDescription());
    }

    @Test
    void batchNamingAnotherFormatThanItsStreamIsRefusedCountedAsRejectedAndTheStreamGoesOn() throws Exception {
        StreamId stream = newStream("www.example.org");
        LogBatch refused = named("common", batch(stream, 0, "x\ny\n"));
        LogBatch next = batch(stream, refused.getEndOffset(), "z\n");

        ShipCall call = ingest.ship().send(open(stream, "combined")).send(ship(refused)).send(ship(next));
        call.next();
        BatchAck refusedAck = call.next().getAck();
        BatchAck nextAck = call.next().getAck();

        String reason = "a LogBatch must name its stream's log format (or none): the stream was opened with \"combined\","
                + " the batch names \"common\"";
        assertEquals(BatchAck.newBuilder().setStream(stream).setStartOffset(0).setEndOffset(4)
                .setStatus(BatchStatus.BATCH_STATUS_REFUSED).setCommittedOffset(4).setRejectedLines(2)
                .addRejections(Rejection.newBuilder().setReason("refused_batch").setLines(2).setSample("x")
                        .addSamples("x").addSamples("y"))
                .setRefusal(reason).build(), refusedAck);
        assertEquals(BatchStatus.BATCH_STATUS_COMMITTED, nextAck.getStatus());
        assertEquals(6, nextAck.getCommittedOffset());
        assertEquals(2, stats.receivedFor(stream).get(0).getRejectedLines());
        assertEquals(Status.Code.OK, call.finish().getCode());
    }

    @Test
    void repairedLinesAreCountedWithSamplesAndRejectedOnesKeepFiveSamples() {
        StreamId stream = newStream("www.example.org");
        String strayQuote = "192.0.2.1 - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"Mozilla \"Foo\" bar\"";
        StringBuilder junk = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            junk.append("junk ").append(i).append('\n');
        }

        BatchAck ack = ingest.push(batch(stream, 0, strayQuote + "\n" + junk));

        PartialAggregate aggregate = stats.receivedFor(stream).get(0);
        assertEquals(List.of(Rejection.newBuilder().setReason("quote_repaired").setLines(1).setSample(strayQuote)
                .addSamples(strayQuote).build()), aggregate.getRepairsList());
        Rejection rejected = Rejection.newBuilder().setReason("not_matching_format").setLines(6).setSample("junk 1")
                .addAllSamples(List.of("junk 1", "junk 2", "junk 3", "junk 4", "junk 5")).build();
        assertEquals(List.of(rejected), aggregate.getRejectionsList());
        assertEquals(List.of(rejected), ack.getRejectionsList());
        assertEquals(1, ack.getAcceptedLines());
    }

    private static LogBatch siteFormat(LogBatch batch) {
        return named("", batch);
    }

    private static LogBatch named(String format, LogBatch batch) {
        return batch.toBuilder().setFormat(format).build();
    }

    /** What was sent for the stream, without counted keys and sketches. */
    private List<PartialAggregate> received(StreamId stream) {
        return stats.receivedFor(stream).stream().map(Aggregates::totals).toList();
    }

    private static ShipRequest openErrorLog(StreamId stream, String format) {
        return ShipRequest.newBuilder().setOpen(StreamOpen.newBuilder().setStream(stream).setFormat(format)
                .setKind(LogKind.LOG_KIND_ERROR)).build();
    }

    private static DailyCount daily(String key, long hits) {
        return DailyCount.newBuilder().setLocalDate("2026-11-01").setKey(key).setHits(hits).build();
    }

    private static String compileError(String format) {
        return assertThrows(IllegalArgumentException.class, () -> LogFormatRegistry.standard().resolve(format)).getMessage();
    }
}
