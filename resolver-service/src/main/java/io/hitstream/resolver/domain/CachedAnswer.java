package io.hitstream.resolver.domain;

import java.time.Instant;

/** A cache entry: the answer and the instant after which DNS must be asked again. */
public record CachedAnswer(NameAnswer answer, Instant expiresAt) {
}
