package io.hitstream.report.domain;

import java.util.List;

/**
 * Lines of a site counted after a repair for one reason (a field truncated, an unmatched quote, invalid UTF-8) over a range.
 *
 * @param samples the most recent repaired lines kept (at most 5), newest first
 */
public record LineRepair(String reason, long lines, List<String> samples) {
    public LineRepair {
        samples = List.copyOf(samples);
    }
}
