package io.hitstream.stats.store;

import io.hitstream.stats.domain.StreamKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/** The ledger of committed offsets: locks a stream's row for a commit, reads it for a resume. */
@ApplicationScoped
public class StreamLedger {
    private static final String INSERT_IF_MISSING = "INSERT INTO stream_ledger (site, host, file_id, committed_offset)"
            + " VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING";

    /** The stream's entry, created at offset 0 when missing, locked until the session's transaction ends. */
    private Uni<StreamLedgerEntry> lock(Mutiny.Session session, StreamKey stream) {
        return session.createNativeQuery(INSERT_IF_MISSING)
                .setParameter(1, stream.site())
                .setParameter(2, stream.host())
                .setParameter(3, stream.fileId())
                .executeUpdate()
                .chain(() -> session.find(StreamLedgerEntry.class, new StreamLedgerId(stream),
                        LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The streams' entries, created at offset 0 when missing, each locked until the session's transaction ends, one
     * after the other in {@link StreamKey#ORDER}.
     */
    public Uni<Map<StreamKey, StreamLedgerEntry>> lock(Mutiny.Session session, Collection<StreamKey> streams) {
        Map<StreamKey, StreamLedgerEntry> entries = new HashMap<>();
        Uni<Void> locked = Uni.createFrom().voidItem();
        for (StreamKey stream : streams.stream().sorted(StreamKey.ORDER).toList()) {
            locked = locked.chain(() -> lock(session, stream).invoke(entry -> entries.put(stream, entry))
                    .replaceWithVoid());
        }
        return locked.replaceWith(entries);
    }

    /** The stream's committed offset, 0 for a stream never committed. */
    public Uni<Long> committedOffset(Mutiny.Session session, StreamKey stream) {
        return session.find(StreamLedgerEntry.class, new StreamLedgerId(stream))
                .map(entry -> entry == null ? 0L : entry.committedOffset());
    }
}
