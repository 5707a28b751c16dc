package io.hitstream.agent.errorlog;

import java.util.SortedMap;
import java.util.TreeMap;

/** Error-log lines counted per level since the agent started; written by the tail, read by the status writer. */
public final class ErrorCounts {

    private final SortedMap<String, Long> byLevel = new TreeMap<>();

    synchronized void add(String level) {
        byLevel.merge(level, 1L, Long::sum);
    }

    /** The counts now, by level name. */
    public synchronized SortedMap<String, Long> snapshot() {
        return new TreeMap<>(byLevel);
    }
}
