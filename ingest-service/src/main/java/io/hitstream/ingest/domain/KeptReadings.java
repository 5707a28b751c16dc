package io.hitstream.ingest.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Readings of texts (what a path, an agent or a referrer is), each text read once and kept while the readings fit:
 * kept for a stream's life, they would otherwise grow with every distinct text it ever sent. Past {@code maxTexts}
 * texts or {@code maxChars} characters of them, every reading is dropped, and the texts that keep coming are read
 * again: a reading is a function of its text, so dropping one changes no count.
 */
final class KeptReadings<R> {
    private final int maxTexts;
    private final long maxChars;
    private final Function<String, R> read;
    private final Map<String, R> readings = new HashMap<>();
    private long chars;

    KeptReadings(int maxTexts, long maxChars, Function<String, R> read) {
        this.maxTexts = maxTexts;
        this.maxChars = maxChars;
        this.read = read;
    }

    /** The reading of a text, read now unless it is kept. */
    R of(String text) {
        R reading = readings.get(text);
        if (reading == null) {
            reading = read.apply(text);
            keep(text, reading);
        }
        return reading;
    }

    /** The texts kept. */
    int size() {
        return readings.size();
    }

    /** The characters of the texts kept. */
    long chars() {
        return chars;
    }

    private void keep(String text, R reading) {
        if (readings.size() >= maxTexts || chars + text.length() > maxChars) {
            readings.clear();
            chars = 0;
        }
        readings.put(text, reading);
        chars += text.length();
    }
}
