package io.hitstream.agent.cli;

import sun.misc.Signal;

/**
 * SIGTERM (what service managers and {@code kill} send) as a request to stop cleanly rather than an abrupt end with
 * status 143: the handler replaces the JVM's, which would start shutting down at once, and tells the command, which
 * stops once what it sent is acknowledged and exits 0.
 */
final class TerminationRequest {

    private static final Signal TERM = new Signal("TERM");

    private volatile boolean requested;
    private volatile Runnable onRequest = () -> { };

    private TerminationRequest() {
    }

    /** Takes SIGTERM over for the rest of the process's life. */
    static TerminationRequest handleSigterm() {
        TerminationRequest request = new TerminationRequest();
        Signal.handle(TERM, signal -> request.request());
        return request;
    }

    /** Whether SIGTERM came. */
    boolean requested() {
        return requested;
    }

    /** Runs {@code action} when SIGTERM comes, at once if it already came. */
    void onRequest(Runnable action) {
        onRequest = action;
        if (requested) {
            action.run();
        }
    }

    private void request() {
        requested = true;
        onRequest.run();
    }
}
