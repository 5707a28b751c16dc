package io.hitstream.stats.domain;

import io.hitstream.rollups.RollupLimits;
import java.util.List;

/**
 * Lines not counted (or counted after a repair) for one reason, with sample lines for operators.
 *
 * @param sample the sample kept with the counter: the first of {@code samples}
 * @param samples up to {@link RollupLimits#MAX_SAMPLES} lines, in file order
 */
public record RejectionCount(String reason, long lines, String sample, List<String> samples) {
    public RejectionCount {
        samples = List.copyOf(samples);
    }
}
