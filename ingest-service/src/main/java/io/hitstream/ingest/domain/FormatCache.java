package io.hitstream.ingest.domain;

import io.hitstream.logformat.LogFormat;
import io.hitstream.logformat.LogFormatRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Formats named by preset or format string, compiled once: a bounded least-recently-used cache of compiled
 * formats, which are thread-safe factories of parsers. A string that does not compile is not kept.
 */
final class FormatCache {
    private final LogFormatRegistry registry;
    private final Map<String, LogFormat> compiled;

    FormatCache(LogFormatRegistry registry, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("the format cache must hold at least 1 format, got " + maxEntries);
        }
        this.registry = registry;
        this.compiled = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LogFormat> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The format; throws the registry's {@link io.hitstream.logformat.LogFormatException} when it has none. */
    LogFormat resolve(String nameOrFormat) {
        synchronized (compiled) {
            LogFormat known = compiled.get(nameOrFormat);
            if (known != null) {
                return known;
            }
        }
        // Compiled outside the lock so that one long format string does not hold up every other stream.
        LogFormat format = registry.resolve(nameOrFormat);
        synchronized (compiled) {
            compiled.put(nameOrFormat, format);
        }
        return format;
    }
}
