package io.hitstream.ingest.domain;

/** How long the period of a counted key or sketch is: a minute, a local hour or a local day. */
public enum Grain {
    MINUTE, HOUR, DAY
}
