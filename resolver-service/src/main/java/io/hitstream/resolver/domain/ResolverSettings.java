package io.hitstream.resolver.domain;

/** What a deployment chooses: the mode, whether private ranges go to DNS, and the cache policy. */
public record ResolverSettings(Mode mode, boolean resolvePrivate, CachePolicy cache) {
}
