package io.hitstream.stats.domain;

import java.util.Map;

/** Counters a sender gives, each under its contract field name, which a refusal names. */
interface NamedCounters {
    /** Whether a counter is negative: tested on every entry of a batch, without building {@link #byFieldName}. */
    boolean anyNegative();

    /** The counters under their contract field names, for messages about a bad one. */
    Map<String, Long> byFieldName();
}
