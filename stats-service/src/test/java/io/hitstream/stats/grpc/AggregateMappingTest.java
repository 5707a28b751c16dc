package io.hitstream.stats.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.SketchKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateMappingTest {
    @Test
    void everyContractDimensionHasItsDomainDimension() {
        List<String> mapped = Arrays.stream(Dimension.values())
                .filter(dimension -> dimension != Dimension.UNRECOGNIZED && dimension != Dimension.DIMENSION_UNSPECIFIED)
                .map(dimension -> AggregateMapping.dimension(dimension).name())
                .toList();

        assertEquals(Arrays.stream(io.hitstream.rollups.Dimension.values()).map(Enum::name).toList(), mapped);
    }

    @Test
    void everyContractGrainAndSketchKindHasItsDomainValue() {
        assertEquals(io.hitstream.rollups.Grain.MINUTE, AggregateMapping.grain(Grain.GRAIN_MINUTE));
        assertEquals(io.hitstream.rollups.Grain.DAY, AggregateMapping.grain(Grain.GRAIN_DAY));
        assertEquals(io.hitstream.rollups.sketch.SketchKind.LATENCY,
                AggregateMapping.kind(SketchKind.SKETCH_KIND_LATENCY));
    }

    @Test
    void unspecifiedValuesHaveNone() {
        assertNull(AggregateMapping.dimension(Dimension.DIMENSION_UNSPECIFIED));
        assertNull(AggregateMapping.grain(Grain.GRAIN_UNSPECIFIED));
        assertNull(AggregateMapping.kind(SketchKind.SKETCH_KIND_UNSPECIFIED));
    }
}
