package io.hitstream.logformat;

/** The numeric fields a parsed line may carry; each is absent (not zero) when the line does not hold it. */
public enum NumericField {
    /** The HTTP status sent to the client. */
    STATUS,
    /** The response size in bytes: the body where the format logs it, else everything sent. */
    RESPONSE_BYTES,
    /** The request size in bytes, headers included. */
    REQUEST_BYTES,
    /** The time taken to serve the request, in microseconds. */
    LATENCY_MICROS,
    /** The time the upstream servers took to answer a proxy, in microseconds (summed over tries). */
    UPSTREAM_LATENCY_MICROS,
    /** The server port the request came in on. */
    SERVER_PORT
}
