package io.hitstream.logformat;

/** A log format: a thread-safe description, checked when it is made, from which parsers are made. */
public interface LogFormat {
    /** The name the format is known by, e.g. {@code combined}, or the format string it was compiled from. */
    String name();

    /** A new parser for one file, read by one thread. */
    LogParser newParser(ParserOptions options);

    /** A new parser with these limits and otherwise {@link ParserOptions#DEFAULTS default options}. */
    default LogParser newParser(ParserLimits limits) {
        return newParser(ParserOptions.DEFAULTS.withLimits(limits));
    }

    /** A new parser with the {@link ParserOptions#DEFAULTS default options}. */
    default LogParser newParser() {
        return newParser(ParserOptions.DEFAULTS);
    }
}
