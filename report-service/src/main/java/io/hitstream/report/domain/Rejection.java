package io.hitstream.report.domain;

/** Lines of a site not counted for one reason, all time, with the latest offending line as a sample. */
public record Rejection(String reason, long lines, String sample) {
}
