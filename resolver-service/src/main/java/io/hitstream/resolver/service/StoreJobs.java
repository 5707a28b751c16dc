package io.hitstream.resolver.service;

import io.hitstream.resolver.store.PgNameTable;
import io.hitstream.resolver.store.WriteBehindNameStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/** Keeps the persistent cache in step: writes buffered answers, deletes expired rows, and flushes at shutdown. */
@ApplicationScoped
public class StoreJobs {
    private static final Logger LOG = Logger.getLogger(StoreJobs.class);
    private static final Duration SHUTDOWN_FLUSH_LIMIT = Duration.ofSeconds(20);

    private final WriteBehindNameStore store;
    private final PgNameTable table;

    public StoreJobs(WriteBehindNameStore store, PgNameTable table) {
        this.store = store;
        this.table = table;
    }

    @Scheduled(every = "${hitstream.resolver.store.flush-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> writeBuffered() {
        return Uni.createFrom().completionStage(store::flush);
    }

    @Scheduled(every = "${hitstream.resolver.store.purge-interval}", delayed = "${hitstream.resolver.store.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeExpired() {
        return table.purgeExpired()
                .onItem().invoke(rows -> LOG.debugf("purged %d expired resolver cache rows", rows))
                .onFailure().invoke(failure -> LOG.warnf("purge of expired resolver cache rows failed: %s",
                        failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    void writeBeforeStop(@Observes ShutdownEvent event) {
        store.flushAll().await().atMost(SHUTDOWN_FLUSH_LIMIT);
    }
}
