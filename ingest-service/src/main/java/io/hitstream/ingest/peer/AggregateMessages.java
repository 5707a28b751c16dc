package io.hitstream.ingest.peer;

import com.google.protobuf.ByteString;
import io.hitstream.ingest.domain.BatchTally;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.ingest.domain.CountedKey;
import io.hitstream.ingest.domain.Counters;
import io.hitstream.ingest.domain.Grain;
import io.hitstream.ingest.domain.HourCounters;
import io.hitstream.ingest.domain.ReasonCounts;
import io.hitstream.ingest.domain.SketchKey;
import io.hitstream.ingest.domain.StatusClass;
import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SiteAggregate;
import io.hitstream.proto.stats.v1.Sketch;
import io.hitstream.proto.stats.v1.SketchKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maps what a batch added up to onto the aggregate stats commits. */
public final class AggregateMessages {
    /**
     * The contract's dimension and grain of each of ours, by ordinal, looked up by name once: looking them up by name
     * for every key (a string made and hashed per key) was a tenth of building an aggregate.
     */
    private static final Dimension[] DIMENSIONS = Arrays.stream(io.hitstream.ingest.domain.Dimension.values())
            .map(dimension -> Dimension.valueOf("DIMENSION_" + dimension.name())).toArray(Dimension[]::new);
    private static final io.hitstream.proto.stats.v1.Grain[] GRAINS = Arrays.stream(Grain.values())
            .map(grain -> io.hitstream.proto.stats.v1.Grain.valueOf("GRAIN_" + grain.name()))
            .toArray(io.hitstream.proto.stats.v1.Grain[]::new);

    private AggregateMessages() {
    }

    /**
     * The aggregate of a batch of {@code stream} over [start, end), its clients counted under the resolver's answers,
     * the lines it rejects without counting any line on {@code undatedDay}.
     */
    public static PartialAggregate of(StreamId stream, long startOffset, long endOffset, BatchTally tally,
                                      ClientDomains answers, LocalDate undatedDay) {
        PartialAggregate.Builder aggregate = PartialAggregate.newBuilder()
                .setStream(stream)
                .setStartOffset(startOffset)
                .setEndOffset(endOffset)
                .setTimeZone(tally.zone().getId())
                .setAcceptedLines(tally.acceptedLines())
                .setRejectedLines(tally.rejectedLines())
                .addAllRejections(rejections(tally.rejections()))
                .addAllRepairs(rejections(tally.repairs()))
                .addAllHourly(hourly(tally))
                .addAllCountedKeys(countedKeys(tally, answers, undatedDay))
                .addAllSketches(sketches(tally));
        tally.otherSites().forEach((site, siteTally) -> aggregate.addOtherSites(SiteAggregate.newBuilder()
                .setSite(site)
                .setTimeZone(siteTally.zone().getId())
                .addAllRepairs(rejections(siteTally.repairs()))
                .addAllHourly(hourly(siteTally))
                .addAllCountedKeys(countedKeys(siteTally, answers, undatedDay))
                .addAllSketches(sketches(siteTally))));
        return aggregate.build();
    }

    private static List<HourlyTotals> hourly(BatchTally tally) {
        return tally.hours().stream().map(AggregateMessages::hourly).toList();
    }

    private static List<io.hitstream.proto.stats.v1.CountedKey> countedKeys(BatchTally tally, ClientDomains answers,
            LocalDate undatedDay) {
        List<CountedKey> keys = tally.countedKeys(answers, undatedDay);
        List<io.hitstream.proto.stats.v1.CountedKey> messages = new ArrayList<>(keys.size());
        DateTexts dates = new DateTexts();
        for (CountedKey key : keys) {
            messages.add(countedKey(key, dates));
        }
        return messages;
    }

    private static List<Sketch> sketches(BatchTally tally) {
        List<Sketch> sketches = new ArrayList<>();
        tally.visitors().forEach((key, sketch) ->
                sketches.add(sketch(SketchKind.SKETCH_KIND_VISITORS, key, sketch.toBytes())));
        tally.latencies().forEach((key, sketch) ->
                sketches.add(sketch(SketchKind.SKETCH_KIND_LATENCY, key, sketch.toBytes())));
        return sketches;
    }

    private static HourlyTotals hourly(HourCounters hour) {
        Counters totals = hour.totals();
        return HourlyTotals.newBuilder()
                .setHourStartEpochSecond(hour.startEpochSecond())
                .setLocalDate(hour.date().toString())
                .setHits(totals.hits())
                .setBytes(totals.bytes())
                .setStatus2Xx(totals.status(StatusClass.SUCCESS))
                .setStatus3Xx(totals.status(StatusClass.REDIRECTION))
                .setStatus4Xx(totals.status(StatusClass.CLIENT_ERROR))
                .setStatus5Xx(totals.status(StatusClass.SERVER_ERROR))
                .setStatusOther(totals.status(StatusClass.OTHER))
                .setPages(hour.pages())
                .setCrawlerHits(hour.crawlerHits())
                .build();
    }

    private static io.hitstream.proto.stats.v1.CountedKey countedKey(CountedKey key, DateTexts dates) {
        Counters counters = key.counters();
        return io.hitstream.proto.stats.v1.CountedKey.newBuilder()
                .setDimension(DIMENSIONS[key.dimension().ordinal()])
                .setGrain(grain(key.dimension().grain()))
                .setPeriodStartEpochSecond(key.periodStartEpochSecond())
                .setLocalDate(dates.of(key.date()))
                .setKey(key.key())
                .setKey2(key.key2())
                .setHits(counters.hits())
                .setBytes(counters.bytes())
                .setStatus2Xx(counters.status(StatusClass.SUCCESS))
                .setStatus3Xx(counters.status(StatusClass.REDIRECTION))
                .setStatus4Xx(counters.status(StatusClass.CLIENT_ERROR))
                .setStatus5Xx(counters.status(StatusClass.SERVER_ERROR))
                .setSlow(counters.slow())
                .setLatencySumMicros(counters.latencySumMicros())
                .setLatencyCount(counters.latencyCount())
                .build();
    }

    private static Sketch sketch(SketchKind kind, SketchKey key, byte[] data) {
        return Sketch.newBuilder()
                .setKind(kind)
                .setGrain(grain(key.grain()))
                .setPeriodStartEpochSecond(key.periodStartEpochSecond())
                .setLocalDate(key.date().toString())
                .setKey(key.key())
                .setData(ByteString.copyFrom(data))
                .build();
    }

    private static io.hitstream.proto.stats.v1.Grain grain(Grain grain) {
        return GRAINS[grain.ordinal()];
    }

    /** The ISO text of a key's date, made once for a run of keys of the same date: a batch spans a day or two. */
    private static final class DateTexts {
        private LocalDate last;
        private String lastText;

        String of(LocalDate date) {
            if (!date.equals(last)) {
                last = date;
                lastText = date.toString();
            }
            return lastText;
        }
    }

    /** The counts by reason; {@code sample} is the first of the samples. */
    private static List<Rejection> rejections(List<ReasonCounts.ReasonCount> counts) {
        return counts.stream()
                .map(count -> Rejection.newBuilder()
                        .setReason(count.reason())
                        .setLines(count.lines())
                        .setSample(count.samples().get(0))
                        .addAllSamples(count.samples())
                        .build())
                .toList();
    }
}
