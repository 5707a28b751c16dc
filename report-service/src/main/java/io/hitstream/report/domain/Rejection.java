package io.hitstream.report.domain;

import java.util.List;

/**
 * Lines of a site not counted for one reason over a range, with the latest offending line as a sample.
 *
 * @param samples the most recent offending lines kept (at most 5), newest first
 */
public record Rejection(String reason, long lines, String sample, List<String> samples) {
    public Rejection {
        samples = List.copyOf(samples);
    }
}
