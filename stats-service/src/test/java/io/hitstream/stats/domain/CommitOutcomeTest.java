package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommitOutcomeTest {
    @Test
    void batchStartingAtTheCommittedOffsetIsCommitted() {
        assertEquals(CommitOutcome.COMMITTED, CommitOutcome.of(100, 100, 250));
    }

    @Test
    void batchEndingAtOrBeforeTheCommittedOffsetIsDuplicate() {
        assertEquals(CommitOutcome.DUPLICATE, CommitOutcome.of(250, 100, 250));
        assertEquals(CommitOutcome.DUPLICATE, CommitOutcome.of(250, 0, 100));
    }

    @Test
    void emptyBatchAtTheCommittedOffsetIsDuplicate() {
        assertEquals(CommitOutcome.DUPLICATE, CommitOutcome.of(0, 0, 0));
    }

    @Test
    void batchLeavingAGapIsOutOfOrder() {
        assertEquals(CommitOutcome.OUT_OF_ORDER, CommitOutcome.of(100, 150, 250));
    }

    @Test
    void batchOverlappingTheCommittedOffsetIsOutOfOrder() {
        assertEquals(CommitOutcome.OUT_OF_ORDER, CommitOutcome.of(100, 50, 250));
    }
}
