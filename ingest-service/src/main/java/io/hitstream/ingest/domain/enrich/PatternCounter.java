package io.hitstream.ingest.domain.enrich;

import java.util.regex.Pattern;

/** One of elfstatsd's pattern counters: a named regular expression, counting the requests it is found in. */
public record PatternCounter(String name, Pattern regex) {
    public PatternCounter {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a pattern counter needs a name (regex " + regex + ")");
        }
    }

    /** Whether the regex is found anywhere in the request line. */
    boolean countsRequest(CharSequence requestLine) {
        return regex.matcher(requestLine).find();
    }
}
