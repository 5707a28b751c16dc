package io.hitstream.stats.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands at the ISO-8601 instant written in a file, read at every call: an end-to-end test moves the
 * packaged service's alert clock through the minutes of the data it shipped, at its own pace.
 */
final class FileClock extends Clock {
    private final Path file;

    FileClock(Path file) {
        this.file = file;
    }

    @Override
    public Instant instant() {
        try {
            return Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("the alert clock file " + file + " cannot be read", e);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the alert clock is UTC");
    }
}
