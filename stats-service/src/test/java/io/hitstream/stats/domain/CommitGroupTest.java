package io.hitstream.stats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitGroupTest {
    private static final StreamKey ACCESS_LOG = new StreamKey("example.org", "web-01", "access.log");
    private static final StreamKey OTHER_LOG = new StreamKey("example.org", "web-02", "access.log");

    @Test
    void batchesOfAStreamGivenOutOfOrderAreAppliedInOffsetOrder() {
        BatchAggregate third = batch(ACCESS_LOG, 200, 300);
        BatchAggregate first = batch(ACCESS_LOG, 0, 100);
        BatchAggregate second = batch(ACCESS_LOG, 100, 200);

        CommitGroup group = CommitGroup.decide(List.of(third, first, second), Map.of());

        assertEquals(List.of(committed(300), committed(100), committed(200)), group.receipts());
        assertEquals(List.of(third, first, second), group.applied());
        assertEquals(Map.of(ACCESS_LOG, 300L), group.committedOffsets());
    }

    @Test
    void aBatchGivenTwiceIsADuplicateTheSecondTime() {
        BatchAggregate batch = batch(ACCESS_LOG, 100, 200);
        BatchAggregate again = batch(ACCESS_LOG, 100, 200);

        CommitGroup group = CommitGroup.decide(List.of(batch, again), Map.of(ACCESS_LOG, 100L));

        assertEquals(List.of(committed(200), new CommitReceipt(CommitOutcome.DUPLICATE, 200)), group.receipts());
        assertEquals(1, group.applied().size());
    }

    @Test
    void aGapLeavesTheBatchesAfterItOutOfOrderAndTheOffsetWhereItWas() {
        CommitGroup group = CommitGroup.decide(List.of(batch(ACCESS_LOG, 100, 200), batch(ACCESS_LOG, 300, 400),
                batch(ACCESS_LOG, 400, 500)), Map.of(ACCESS_LOG, 100L));

        assertEquals(List.of(committed(200), outOfOrder(200), outOfOrder(200)), group.receipts());
        assertEquals(Map.of(ACCESS_LOG, 200L), group.committedOffsets());
    }

    @Test
    void eachStreamIsDecidedAgainstItsOwnOffset() {
        CommitGroup group = CommitGroup.decide(List.of(batch(ACCESS_LOG, 500, 600), batch(OTHER_LOG, 0, 50)),
                Map.of(ACCESS_LOG, 500L));

        assertEquals(List.of(committed(600), committed(50)), group.receipts());
        assertEquals(Map.of(ACCESS_LOG, 600L, OTHER_LOG, 50L), group.committedOffsets());
    }

    @Test
    void aGroupWithNothingToApplyKeepsEveryOffset() {
        CommitGroup group = CommitGroup.decide(List.of(batch(ACCESS_LOG, 0, 100)), Map.of(ACCESS_LOG, 100L));

        assertEquals(List.of(new CommitReceipt(CommitOutcome.DUPLICATE, 100)), group.receipts());
        assertEquals(List.of(), group.applied());
        assertEquals(Map.of(ACCESS_LOG, 100L), group.committedOffsets());
    }

    private static BatchAggregate batch(StreamKey stream, long start, long end) {
        return new AggregateBuilder(stream, start, end, "UTC").build();
    }

    private static CommitReceipt committed(long offset) {
        return new CommitReceipt(CommitOutcome.COMMITTED, offset);
    }

    private static CommitReceipt outOfOrder(long offset) {
        return new CommitReceipt(CommitOutcome.OUT_OF_ORDER, offset);
    }
}
