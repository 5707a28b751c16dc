package io.hitstream.ingest.grpc;

import io.hitstream.ingest.KeyOrder;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.PartialAggregate;
import java.util.List;

/** Reads the parts of a recorded aggregate a test is about. */
final class Aggregates {
    private Aggregates() {
    }

    /** The aggregate without its counted keys and sketches: totals, line counts, rejections. */
    static PartialAggregate totals(PartialAggregate aggregate) {
        return aggregate.toBuilder().clearCountedKeys().clearSketches().build();
    }

    /** The hits per local date and key of one daily dimension, in {@link KeyOrder}. */
    static List<DailyCount> dailyHits(PartialAggregate aggregate, Dimension dimension) {
        return KeyOrder.sorted(aggregate.getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == dimension)
                .map(key -> DailyCount.newBuilder().setLocalDate(key.getLocalDate()).setKey(key.getKey())
                        .setHits(key.getHits()).build())
                .toList();
    }
}
