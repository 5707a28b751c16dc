package io.hitstream.resolver.service;

import io.hitstream.resolver.config.ResolverConfig;
import io.hitstream.resolver.domain.DomainParts;
import io.hitstream.resolver.domain.Mode;
import io.hitstream.resolver.domain.ReverseResolver;
import io.hitstream.resolver.store.PgNameTable;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Fills the cache from PostgreSQL at start, so a restarted resolver answers from the cache instead of DNS, and
 * loads the Public Suffix List, so that its first request does not wait for that either.
 */
@ApplicationScoped
public class WarmStart {
    private static final Logger LOG = Logger.getLogger(WarmStart.class);
    private static final Duration LOAD_LIMIT = Duration.ofMinutes(5);

    private final ReverseResolver<?> resolver;
    private final PgNameTable table;
    private final ResolverConfig config;
    private volatile boolean done;

    public WarmStart(ReverseResolver<?> resolver, PgNameTable table, ResolverConfig config) {
        this.resolver = resolver;
        this.table = table;
        this.config = config;
    }

    void load(@Observes StartupEvent event) {
        DomainParts.loadSuffixList();
        if (config.mode() != Mode.OFF) {
            long rows = table.loadFreshest(config.cache().maxEntries(), resolver::preload)
                    .await().atMost(LOAD_LIMIT);
            LOG.infof("resolver cache warmed with %d persisted answers", rows);
        }
        done = true;
    }

    /** Whether the persisted answers are in the cache. */
    public boolean done() {
        return done;
    }
}
