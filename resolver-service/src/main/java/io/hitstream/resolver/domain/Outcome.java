package io.hitstream.resolver.domain;

/** How the lookup of one address ended; mirrors the contract's ResolveOutcome. */
public enum Outcome {
    RESOLVED,
    NO_NAME,
    TIMED_OUT,
    DISABLED,
    INVALID
}
