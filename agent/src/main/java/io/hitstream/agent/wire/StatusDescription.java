package io.hitstream.agent.wire;

import io.grpc.Status;

/** How a failed call is told to the operator: its code, the server's description, and the local cause if any. */
public final class StatusDescription {

    private StatusDescription() {
    }

    /** {@code CODE: description (cause)}, each part only when present. */
    public static String of(Status status) {
        return status.getCode() + detail(status);
    }

    /** {@code : description (cause)} without the code, for a message that already says what the code means. */
    public static String detail(Status status) {
        String description = status.getDescription() == null ? "" : ": " + status.getDescription();
        Throwable cause = status.getCause();
        return cause == null || cause.getMessage() == null ? description : description + " (" + cause.getMessage() + ")";
    }
}
