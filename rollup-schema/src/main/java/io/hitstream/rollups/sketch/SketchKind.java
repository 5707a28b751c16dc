package io.hitstream.rollups.sketch;

import io.hitstream.rollups.Grain;
import java.util.List;
import java.util.Set;

/** What a stored sketch estimates, the grains it is kept at, and how two of its encodings merge. */
public enum SketchKind {
    /** Distinct visitors per hour and per day: a {@link VisitorSketch}. */
    VISITORS(Set.of(Grain.HOUR, Grain.DAY)) {
        @Override
        public byte[] union(byte[] stored, byte[] added) {
            return VisitorSketch.union(List.of(VisitorSketch.fromBytes(stored), VisitorSketch.fromBytes(added)))
                    .toBytes();
        }

        @Override
        void decode(byte[] data) {
            VisitorSketch.fromBytes(data);
        }
    },
    /**
     * Latencies of one request group per hour (the report) and per UTC minute (the latency alert, over the same
     * few minutes as the other alert rules): a {@link LatencySketch}.
     */
    LATENCY(Set.of(Grain.MINUTE, Grain.HOUR)) {
        @Override
        public byte[] union(byte[] stored, byte[] added) {
            LatencySketch merged = LatencySketch.fromBytes(stored);
            merged.merge(LatencySketch.fromBytes(added));
            return merged.toBytes();
        }

        @Override
        void decode(byte[] data) {
            LatencySketch.fromBytes(data);
        }
    };

    private final Set<Grain> grains;

    SketchKind(Set<Grain> grains) {
        this.grains = grains;
    }

    /** Whether sketches of this kind are kept at the grain. */
    public boolean keptAt(Grain grain) {
        return grains.contains(grain);
    }

    /** Whether the bytes are a sketch of this kind (hostile bytes may make the library throw anything). */
    public boolean decodes(byte[] data) {
        try {
            decode(data);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    abstract void decode(byte[] data);

    /** The encoding of both sketches merged; fails with an unchecked exception on bytes that are no such sketch. */
    public abstract byte[] union(byte[] stored, byte[] added);
}
