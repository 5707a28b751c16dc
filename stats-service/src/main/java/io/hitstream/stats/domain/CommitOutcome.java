package io.hitstream.stats.domain;

/** What a commit of a batch did to its stream. */
public enum CommitOutcome {
    /** The batch started at the committed offset: applied, and the offset moved to its end. */
    COMMITTED,
    /** The batch ends at or before the committed offset: applied before, nothing done. */
    DUPLICATE,
    /** The batch leaves a gap after, or overlaps, the committed offset: nothing done. */
    OUT_OF_ORDER;

    /** The outcome of a batch covering [startOffset, endOffset) of a stream committed up to committedOffset. */
    public static CommitOutcome of(long committedOffset, long startOffset, long endOffset) {
        if (endOffset <= committedOffset) {
            return DUPLICATE;
        }
        return startOffset == committedOffset ? COMMITTED : OUT_OF_ORDER;
    }
}
