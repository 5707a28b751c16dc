package io.hitstream.ingest.domain.enrich;

import java.util.List;
import java.util.function.Consumer;

/** A site's pattern counters: unlike request groups, every counter whose regex a request line holds counts it. */
public final class PatternCounters {
    /** A site without pattern counters. */
    public static final PatternCounters NONE = new PatternCounters(List.of());

    private final List<PatternCounter> counters;

    public PatternCounters(List<PatternCounter> counters) {
        this.counters = List.copyOf(counters);
    }

    public boolean isEmpty() {
        return counters.isEmpty();
    }

    /** Hands the name of each counter found in the request line, in the configured order. */
    public void forEachMatch(CharSequence requestLine, Consumer<String> name) {
        for (PatternCounter counter : counters) {
            if (counter.countsRequest(requestLine)) {
                name.accept(counter.name());
            }
        }
    }
}
