package io.hitstream.ingest.domain;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The site-local day of the last line a stream counted: the day of the lines a later batch of the stream rejects
 * without counting a line of its own (a run of junk, the head of an oversized line), which have no day of their own.
 * A stream's batches are prepared one after the other, on whichever worker thread.
 */
public final class StreamLogDay {
    private final AtomicReference<LocalDate> day = new AtomicReference<>();

    /** Notes the day of the last line the batch counted, if it counted any. */
    public void saw(BatchTally tally) {
        tally.lastDay().ifPresent(day::set);
    }

    /** The stream's last counted day, or {@code otherwise} before it counted any line. */
    public LocalDate dayOr(LocalDate otherwise) {
        LocalDate last = day.get();
        return last != null ? last : otherwise;
    }
}
