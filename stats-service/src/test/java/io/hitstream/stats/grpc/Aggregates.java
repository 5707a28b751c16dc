package io.hitstream.stats.grpc;

import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import java.time.Instant;
import java.util.List;

/** Builds the messages the tests send, as ingest would. */
final class Aggregates {
    private Aggregates() {
    }

    static StreamId stream(String site, String fileId) {
        return StreamId.newBuilder().setHost("web-01.example.org").setSite(site).setFileId(fileId).build();
    }

    /** An aggregate of the batch [start, end) of a stream in UTC, to be filled by the caller. */
    static PartialAggregate.Builder batch(StreamId stream, long start, long end) {
        return PartialAggregate.newBuilder().setStream(stream).setStartOffset(start).setEndOffset(end)
                .setTimeZone("UTC");
    }

    /** Totals of the UTC hour starting at an ISO instant such as 2026-11-01T10:00:00Z. */
    static HourlyTotals hour(String start, long hits, long bytes, long s2xx, long s3xx, long s4xx, long s5xx,
            long other) {
        return HourlyTotals.newBuilder()
                .setHourStartEpochSecond(Instant.parse(start).getEpochSecond())
                .setLocalDate(start.substring(0, 10))
                .setHits(hits).setBytes(bytes)
                .setStatus2Xx(s2xx).setStatus3Xx(s3xx).setStatus4Xx(s4xx).setStatus5Xx(s5xx).setStatusOther(other)
                .build();
    }

    static DailyCount daily(String localDate, String key, long hits) {
        return DailyCount.newBuilder().setLocalDate(localDate).setKey(key).setHits(hits).build();
    }

    static Rejection rejection(String reason, long lines, String sample) {
        return Rejection.newBuilder().setReason(reason).setLines(lines).setSample(sample).build();
    }

    /** A rejection (or repair) with these samples, the first also as its sample. */
    static Rejection withSamples(String reason, long lines, String... samples) {
        return Rejection.newBuilder().setReason(reason).setLines(lines).setSample(samples[0])
                .addAllSamples(List.of(samples)).build();
    }
}
