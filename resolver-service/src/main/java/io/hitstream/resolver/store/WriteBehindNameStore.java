package io.hitstream.resolver.store;

import io.hitstream.resolver.domain.NameStore;
import io.hitstream.resolver.domain.StoredName;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * Buffers DNS answers and writes them in batches of at most {@code batchSize}, one batch at a time, when a batch
 * is full or when {@link #flush()} is called (on a schedule and at shutdown). Answers beyond {@code maxPending}
 * are dropped: they stay in memory and only miss the next warm start.
 */
public final class WriteBehindNameStore implements NameStore {
    private static final Logger LOG = Logger.getLogger(WriteBehindNameStore.class);

    private final PgNameTable table;
    private final int batchSize;
    private final BlockingQueue<StoredName> pending;
    private final AtomicReference<CompletableFuture<Void>> current = new AtomicReference<>();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder written = new LongAdder();

    public WriteBehindNameStore(PgNameTable table, int batchSize, int maxPending) {
        this.table = table;
        this.batchSize = batchSize;
        this.pending = new LinkedBlockingQueue<>(maxPending);
    }

    @Override
    public void save(StoredName name) {
        if (!pending.offer(name)) {
            dropped.increment();
            return;
        }
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /**
     * Writes what is buffered, batch after batch until the buffer is empty; joins the flush already writing, if
     * any. Failed batches are logged and dropped, so this never fails.
     */
    public CompletionStage<Void> flush() {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = current.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        writeRemaining().subscribe().with(done -> finish(mine), failure -> finish(mine));
        return mine;
    }

    /** Flushes until nothing is left, including answers saved while an earlier flush was writing. */
    public Uni<Void> flushAll() {
        return Uni.createFrom().completionStage(this::flush)
                .chain(() -> pending() > 0 ? flushAll() : Uni.createFrom().voidItem());
    }

    /** Answers waiting to be written. */
    public int pending() {
        return pending.size();
    }

    /** Answers written since start. */
    public long written() {
        return written.sum();
    }

    /** Answers not persisted because the buffer was full. */
    public long dropped() {
        return dropped.sum();
    }

    private void finish(CompletableFuture<Void> flight) {
        current.set(null);
        flight.complete(null);
    }

    private Uni<Void> writeRemaining() {
        List<StoredName> batch = new ArrayList<>(batchSize);
        pending.drainTo(batch, batchSize);
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<StoredName> rows = lastPerAddress(batch);
        return table.upsert(rows)
                .onItem().invoke(() -> written.add(rows.size()))
                .onFailure().invoke(failure -> LOG.warnf("%d resolver cache rows not persisted: %s",
                        rows.size(), failure.getMessage()))
                .onFailure().recoverWithNull()
                .chain(this::writeRemaining);
    }

    /** One row per address, the latest answer winning: an upsert may not touch a row twice. */
    private static List<StoredName> lastPerAddress(List<StoredName> batch) {
        Map<String, StoredName> latest = new LinkedHashMap<>();
        for (StoredName name : batch) {
            latest.put(name.ip(), name);
        }
        return new ArrayList<>(latest.values());
    }
}
