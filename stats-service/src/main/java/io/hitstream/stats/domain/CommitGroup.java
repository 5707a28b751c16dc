package io.hitstream.stats.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one transaction does with the batches that arrived together: each stream's batches are decided in offset
 * order against its committed offset, as if they had been committed one after the other, and what the applied ones
 * add is summed per site, so that a key several of them share is written once.
 *
 * @param receipts each batch's receipt, in the order the batches were given
 * @param committedOffsets each stream's committed offset after the group: moved for the streams a batch applied to
 * @param applied the applied batches, in the order they were given
 */
public record CommitGroup(List<CommitReceipt> receipts, Map<StreamKey, Long> committedOffsets,
        List<BatchAggregate> applied) {
    private static final Comparator<BatchAggregate> BY_OFFSETS = Comparator.comparingLong(BatchAggregate::startOffset)
            .thenComparingLong(BatchAggregate::endOffset);

    /** Decides the batches against their streams' committed offsets (a stream missing from the map: 0). */
    public static CommitGroup decide(List<BatchAggregate> batches, Map<StreamKey, Long> committedBefore) {
        Map<StreamKey, Long> offsets = new LinkedHashMap<>();
        batches.forEach(batch -> offsets.put(batch.stream(), committedBefore.getOrDefault(batch.stream(), 0L)));
        // By identity: a batch sent twice is two batches here, the second a duplicate of the first.
        Map<BatchAggregate, CommitReceipt> receipts = new IdentityHashMap<>();
        List<BatchAggregate> inOffsetOrder = new ArrayList<>(batches);
        inOffsetOrder.sort(BY_OFFSETS);
        for (BatchAggregate batch : inOffsetOrder) {
            long committed = offsets.get(batch.stream());
            CommitOutcome outcome = CommitOutcome.of(committed, batch.startOffset(), batch.endOffset());
            if (outcome == CommitOutcome.COMMITTED) {
                committed = batch.endOffset();
                offsets.put(batch.stream(), committed);
            }
            receipts.put(batch, new CommitReceipt(outcome, committed));
        }
        List<BatchAggregate> applied = batches.stream()
                .filter(batch -> receipts.get(batch).outcome() == CommitOutcome.COMMITTED).toList();
        return new CommitGroup(batches.stream().map(receipts::get).toList(), offsets, applied);
    }

    /** What the applied batches add, summed per site, in site order. */
    public List<SiteAggregate> sites() {
        return SiteAggregateSum.bySite(applied.stream().flatMap(batch -> batch.bySite().stream()).toList());
    }
}
