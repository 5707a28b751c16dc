package io.hitstream.stats.domain;

/** The outcome of a commit and the stream's committed offset after it. */
public record CommitReceipt(CommitOutcome outcome, long committedOffset) {
}
