package io.hitstream.stats.store;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stream's row in the ledger: the byte offset up to which its batches are applied. */
@Entity
@Table(name = "stream_ledger")
public class StreamLedgerEntry {
    @EmbeddedId
    private StreamLedgerId id;
    @Column(name = "committed_offset", nullable = false)
    private long committedOffset;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** For Hibernate. */
    protected StreamLedgerEntry() {
    }

    public long committedOffset() {
        return committedOffset;
    }

    /** Moves the committed offset; written when the transaction commits. */
    public void advanceTo(long offset, Instant now) {
        committedOffset = offset;
        updatedAt = now;
    }
}
