package io.hitstream.agent.follow;

import io.hitstream.agent.batch.Batch;
import io.hitstream.proto.ingest.v1.BatchAck;
import java.io.IOException;

/** Hears what a file's feed does, on the thread that drives it: where it reads from, what it sends, what ingest took. */
public interface FeedListener {

    /**
     * Reading (re)starts at ingest's committed offset, after {@code linesBefore} complete lines: counted when the
     * file was opened to be shipped once or is gzip (read from its start anyway), else 0 (a followed plain file is
     * not read up to the offset just to count them).
     */
    void resumedAt(long committedOffset, long linesBefore) throws IOException;

    void shipped(Batch batch) throws IOException;

    /**
     * Ingest committed the batch now ({@code BATCH_STATUS_COMMITTED}), had it before ({@code BATCH_STATUS_DUPLICATE}),
     * or could not use it and committed its bytes as rejected lines ({@code BATCH_STATUS_REFUSED}, with the reason).
     */
    void acknowledged(Batch batch, BatchAck ack) throws IOException;
}
