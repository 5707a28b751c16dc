package io.hitstream.resolver.domain;

/** Whether the resolver asks DNS, answers only from its cache, or does no lookups at all. */
public enum Mode {
    /** Reverse DNS through the cache. */
    ON,
    /** Answers what is cached and never queries DNS; uncached addresses come back disabled. */
    CACHE_ONLY,
    /** HostnameLookups off: every address comes back disabled, without a name. */
    OFF
}
