package io.hitstream.logformat;

/** A named log format: a thread-safe description from which parsers are made. */
public interface LogFormat {
    /** The name the format is known by, e.g. {@code combined}. */
    String name();

    /** A new parser for one file, read by one thread. */
    LogParser newParser(ParserLimits limits);

    /** A new parser with the {@link ParserLimits#DEFAULTS default limits}. */
    default LogParser newParser() {
        return newParser(ParserLimits.DEFAULTS);
    }
}
