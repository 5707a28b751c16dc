package io.hitstream.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.PartialAggregate;
import org.junit.jupiter.api.Test;

class BatchAcknowledgementTest {
    private static final StreamId STREAM = StreamId.newBuilder().setHost("h").setSite("s").setFileId("f").build();
    private static final LogBatch BATCH = LogBatch.newBuilder().setStream(STREAM).setStartOffset(100).setEndOffset(250).build();
    private static final Rejection REJECTION = Rejection.newBuilder().setReason("empty").setLines(1).build();
    private static final PartialAggregate AGGREGATE = PartialAggregate.newBuilder()
            .setAcceptedLines(9).setRejectedLines(1).addRejections(REJECTION).build();

    @Test
    void committedBatchCarriesItsCounts() {
        BatchAck ack = BatchAcknowledgement.of(BATCH, AGGREGATE, result(CommitStatus.COMMIT_STATUS_COMMITTED, 250));

        assertEquals(BatchAck.newBuilder().setStream(STREAM).setStartOffset(100).setEndOffset(250)
                .setStatus(BatchStatus.BATCH_STATUS_COMMITTED).setCommittedOffset(250)
                .setAcceptedLines(9).setRejectedLines(1).addRejections(REJECTION).build(), ack);
    }

    @Test
    void duplicateBatchCarriesNoCounts() {
        BatchAck ack = BatchAcknowledgement.of(BATCH, AGGREGATE, result(CommitStatus.COMMIT_STATUS_DUPLICATE, 900));

        assertEquals(BatchAck.newBuilder().setStream(STREAM).setStartOffset(100).setEndOffset(250)
                .setStatus(BatchStatus.BATCH_STATUS_DUPLICATE).setCommittedOffset(900).build(), ack);
    }

    @Test
    void outOfOrderBatchTellsWhereToResume() {
        BatchAck ack = BatchAcknowledgement.of(BATCH, AGGREGATE, result(CommitStatus.COMMIT_STATUS_OUT_OF_ORDER, 40));

        assertEquals(BatchStatus.BATCH_STATUS_OUT_OF_ORDER, ack.getStatus());
        assertEquals(40, ack.getCommittedOffset());
        assertEquals(0, ack.getAcceptedLines());
    }

    @Test
    void whatAnAckTellsIsTheCountsAndRejectionsWithoutTheKeys() {
        PartialAggregate aggregate = AGGREGATE.toBuilder().setStream(STREAM).setStartOffset(100).setEndOffset(250)
                .addCountedKeys(CountedKey.newBuilder().setKey("/").setHits(9)).build();

        assertEquals(AGGREGATE, BatchAcknowledgement.told(aggregate));
    }

    private static CommitResult result(CommitStatus status, long offset) {
        return CommitResult.newBuilder().setStatus(status).setCommittedOffset(offset).build();
    }
}
