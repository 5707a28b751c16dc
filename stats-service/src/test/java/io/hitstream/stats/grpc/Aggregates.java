package io.hitstream.stats.grpc;

import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import com.google.protobuf.ByteString;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.Sketch;
import io.hitstream.proto.stats.v1.SketchKind;
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

    /** A counted key of a day: the dimension's key with hits and bytes. */
    static CountedKey dayKey(Dimension dimension, String localDate, String key, String key2, long hits, long bytes) {
        return CountedKey.newBuilder().setDimension(dimension).setGrain(Grain.GRAIN_DAY).setLocalDate(localDate)
                .setKey(key).setKey2(key2).setHits(hits).setBytes(bytes).build();
    }

    /** A counted key of the UTC minute or hour starting at an ISO instant, to be given its counters. */
    static CountedKey.Builder periodKey(Dimension dimension, Grain grain, String start, String key) {
        return CountedKey.newBuilder().setDimension(dimension).setGrain(grain)
                .setPeriodStartEpochSecond(Instant.parse(start).getEpochSecond()).setLocalDate(start.substring(0, 10))
                .setKey(key);
    }

    /** A sketch of a UTC day (start "") or of the hour starting at an ISO instant. */
    static Sketch sketch(SketchKind kind, String localDate, String hourStart, String key, byte[] data) {
        Sketch.Builder sketch = Sketch.newBuilder().setKind(kind).setLocalDate(localDate).setKey(key)
                .setData(ByteString.copyFrom(data));
        return hourStart.isEmpty() ? sketch.setGrain(Grain.GRAIN_DAY).build()
                : sketch.setGrain(Grain.GRAIN_HOUR).setPeriodStartEpochSecond(Instant.parse(hourStart).getEpochSecond())
                        .build();
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
