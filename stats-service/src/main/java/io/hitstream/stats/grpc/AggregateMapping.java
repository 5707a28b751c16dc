package io.hitstream.stats.grpc;

import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SiteAggregate;
import io.hitstream.proto.stats.v1.Sketch;
import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import io.hitstream.rollups.sketch.SketchKind;
import io.hitstream.stats.domain.AggregateBuilder;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CommitReceipt;
import io.hitstream.stats.domain.HourCounters;
import io.hitstream.stats.domain.KeyCounters;
import io.hitstream.stats.domain.StreamKey;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the stats v1 messages to the domain and back; the domain checks the values. Enum values map by name
 * without their prefix; an unspecified or unknown one maps to null, which the domain refuses.
 */
final class AggregateMapping {
    private static final Map<io.hitstream.proto.stats.v1.Dimension, Dimension> DIMENSIONS =
            byName(io.hitstream.proto.stats.v1.Dimension.class, Dimension.class, "DIMENSION_");
    private static final Map<io.hitstream.proto.stats.v1.Grain, Grain> GRAINS =
            byName(io.hitstream.proto.stats.v1.Grain.class, Grain.class, "GRAIN_");
    private static final Map<io.hitstream.proto.stats.v1.SketchKind, SketchKind> KINDS =
            byName(io.hitstream.proto.stats.v1.SketchKind.class, SketchKind.class, "SKETCH_KIND_");

    private AggregateMapping() {
    }

    static StreamKey streamKey(StreamId stream) {
        return new StreamKey(stream.getSite(), stream.getHost(), stream.getFileId());
    }

    static BatchAggregate aggregate(PartialAggregate message) {
        AggregateBuilder builder = new AggregateBuilder(streamKey(message.getStream()),
                message.getStartOffset(), message.getEndOffset(), message.getTimeZone())
                .lineCounts(message.getAcceptedLines(), message.getRejectedLines());
        addHourly(builder, message.getHourlyList());
        for (DailyCount count : message.getUrlHitsList()) {
            builder.urlHits(count.getLocalDate(), count.getKey(), count.getHits());
        }
        for (DailyCount count : message.getClientDomainHitsList()) {
            builder.clientDomainHits(count.getLocalDate(), count.getKey(), count.getHits());
        }
        addCountedKeys(builder, message.getCountedKeysList());
        addSketches(builder, message.getSketchesList());
        for (Rejection rejection : message.getRejectionsList()) {
            builder.rejection(rejection.getReason(), rejection.getLines(), rejection.getSample(), rejection.getSamplesList());
        }
        addRepairs(builder, message.getRepairsList());
        for (SiteAggregate site : message.getOtherSitesList()) {
            builder.otherSite(site.getSite(), site.getTimeZone(), part -> {
                addHourly(part, site.getHourlyList());
                addCountedKeys(part, site.getCountedKeysList());
                addSketches(part, site.getSketchesList());
                addRepairs(part, site.getRepairsList());
            });
        }
        return builder.build();
    }

    private static void addHourly(AggregateBuilder builder, List<HourlyTotals> hours) {
        for (HourlyTotals hour : hours) {
            builder.hour(hour.getHourStartEpochSecond(), hour.getLocalDate(), new HourCounters(hour.getHits(),
                    hour.getBytes(), hour.getStatus2Xx(), hour.getStatus3Xx(), hour.getStatus4Xx(),
                    hour.getStatus5Xx(), hour.getStatusOther(), hour.getPages(), hour.getCrawlerHits()));
        }
    }

    private static void addCountedKeys(AggregateBuilder builder, List<CountedKey> keys) {
        for (CountedKey counted : keys) {
            builder.countedKey(dimension(counted.getDimension()), grain(counted.getGrain()),
                    counted.getPeriodStartEpochSecond(), counted.getLocalDate(), counted.getKey(), counted.getKey2(),
                    new KeyCounters(counted.getHits(), counted.getBytes(), counted.getStatus2Xx(),
                            counted.getStatus3Xx(), counted.getStatus4Xx(), counted.getStatus5Xx(), counted.getSlow(),
                            counted.getLatencySumMicros(), counted.getLatencyCount()));
        }
    }

    private static void addSketches(AggregateBuilder builder, List<Sketch> sketches) {
        for (Sketch sketch : sketches) {
            builder.sketch(kind(sketch.getKind()), grain(sketch.getGrain()), sketch.getPeriodStartEpochSecond(),
                    sketch.getLocalDate(), sketch.getKey(), sketch.getData().toByteArray());
        }
    }

    private static void addRepairs(AggregateBuilder builder, List<Rejection> repairs) {
        for (Rejection repair : repairs) {
            builder.repair(repair.getReason(), repair.getLines(), repair.getSample(), repair.getSamplesList());
        }
    }

    static Dimension dimension(io.hitstream.proto.stats.v1.Dimension dimension) {
        return DIMENSIONS.get(dimension);
    }

    static Grain grain(io.hitstream.proto.stats.v1.Grain grain) {
        return GRAINS.get(grain);
    }

    static SketchKind kind(io.hitstream.proto.stats.v1.SketchKind kind) {
        return KINDS.get(kind);
    }

    /**
     * The domain value of each contract value that has one, by name without the prefix (UNSPECIFIED and UNRECOGNIZED
     * have none), made once: looked up by name it was a string search per counted key.
     */
    private static <C extends Enum<C>, E extends Enum<E>> Map<C, E> byName(Class<C> contract, Class<E> domain,
            String prefix) {
        Map<C, E> values = new EnumMap<>(contract);
        for (C value : contract.getEnumConstants()) {
            for (E candidate : domain.getEnumConstants()) {
                if (value.name().equals(prefix + candidate.name())) {
                    values.put(value, candidate);
                }
            }
        }
        return values;
    }

    static CommitResult commitResult(CommitReceipt receipt) {
        CommitStatus status = switch (receipt.outcome()) {
            case COMMITTED -> CommitStatus.COMMIT_STATUS_COMMITTED;
            case DUPLICATE -> CommitStatus.COMMIT_STATUS_DUPLICATE;
            case OUT_OF_ORDER -> CommitStatus.COMMIT_STATUS_OUT_OF_ORDER;
        };
        return CommitResult.newBuilder().setStatus(status).setCommittedOffset(receipt.committedOffset()).build();
    }
}
