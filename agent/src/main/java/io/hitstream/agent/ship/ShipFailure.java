package io.hitstream.agent.ship;

/** Shipping cannot go on; the message is the one-line reason shown to the operator. */
public final class ShipFailure extends RuntimeException {

    public ShipFailure(String reason) {
        super(reason);
    }

    public ShipFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
