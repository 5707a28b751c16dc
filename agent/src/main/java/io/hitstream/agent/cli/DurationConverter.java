package io.hitstream.agent.cli;

import io.hitstream.agent.config.DurationText;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** Reads a duration option as the configuration file reads one ({@link DurationText}: 250ms, 2s, 5m, 1h, PT2S). */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return DurationText.parse(value);
    }
}
