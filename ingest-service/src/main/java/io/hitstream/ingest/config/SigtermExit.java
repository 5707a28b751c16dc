package io.hitstream.ingest.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import sun.misc.Signal;

/**
 * SIGTERM (what Kubernetes and service managers send) as a request to stop: Quarkus shuts down gracefully, as on
 * the JVM's own SIGTERM handling, but the process then exits 0, not 143, so that a stop asked for is not taken
 * for a crash. Only in a packaged run: tests share their JVM with the build.
 */
@ApplicationScoped
class SigtermExit {
    void takeOverSigterm(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Signal.handle(new Signal("TERM"), signal -> Quarkus.asyncExit(0));
        }
    }
}
