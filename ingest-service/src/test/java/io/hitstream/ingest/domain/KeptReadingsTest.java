package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptReadingsTest {
    private final List<String> read = new ArrayList<>();

    @Test
    void aTextKeptIsReadOnceAndAnswersItsFirstReading() {
        KeptReadings<String> readings = readings(10, 100);

        String first = readings.of("/a");

        assertSame(first, readings.of(new String("/a")));
        assertEquals(List.of("/a"), read);
    }

    @Test
    void pastTheMostTextsEveryReadingIsDroppedAndTheNewTextKept() {
        KeptReadings<String> readings = readings(2, 100);
        readings.of("/a");
        readings.of("/b");

        readings.of("/c");

        assertEquals(1, readings.size());
        assertEquals("read /a", readings.of("/a"));
        assertEquals(List.of("/a", "/b", "/c", "/a"), read);
    }

    @Test
    void pastTheMostCharactersEveryReadingIsDropped() {
        KeptReadings<String> readings = readings(10, 5);
        readings.of("/ab");
        readings.of("/c");

        readings.of("/");

        assertEquals(1, readings.size());
        readings.of("/c");
        assertEquals(List.of("/ab", "/c", "/", "/c"), read);
    }

    private KeptReadings<String> readings(int maxTexts, long maxChars) {
        return new KeptReadings<>(maxTexts, maxChars, text -> {
            read.add(text);
            return "read " + text;
        });
    }
}
