package io.hitstream.ingest.service;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Ingest's drain when it is asked to stop (SIGTERM): from the start of Quarkus' pre-shutdown no new Ship stream or
 * push is taken, and every open Ship stream is told to end once the batches it received before are committed and
 * acknowledged. Quarkus' shutdown then waits for those streams to end, up to {@code quarkus.shutdown.timeout}.
 */
@ApplicationScoped
public class ShipDrain {
    private static final Logger LOG = Logger.getLogger(ShipDrain.class);

    private final Set<Runnable> openStreams = ConcurrentHashMap.newKeySet();
    private volatile boolean draining;

    /** Fired first thing on shutdown, while the HTTP server still serves the streams in flight. */
    void start(@Observes ShutdownDelayInitiatedEvent shutdown) {
        draining = true;
        LOG.infof("draining: refusing new streams, ending %d open Ship streams after their acknowledgements",
                openStreams.size());
        openStreams.forEach(Runnable::run);
    }

    /** Whether the drain has started: new streams and pushes are refused. */
    public boolean draining() {
        return draining;
    }

    /**
     * Runs {@code onDrain} when the drain starts, at once if it has (it may then run twice, which a stream that
     * ends on the first call ignores); the answer forgets {@code onDrain}, for a stream that ended.
     */
    public Runnable whenDraining(Runnable onDrain) {
        openStreams.add(onDrain);
        if (draining) {
            onDrain.run();
        }
        return () -> openStreams.remove(onDrain);
    }
}
