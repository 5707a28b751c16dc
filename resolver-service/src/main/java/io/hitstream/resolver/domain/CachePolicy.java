package io.hitstream.resolver.domain;

import java.time.Duration;

/**
 * How many answers are kept and for how long: names for {@code positiveTtl}, "no name" for {@code negativeTtl},
 * and lookups that got no answer only for {@code retryDelay}, after which DNS is asked again.
 */
public record CachePolicy(int maxEntries, Duration positiveTtl, Duration negativeTtl, Duration retryDelay) {
}
