package io.hitstream.ingest.domain;

import io.hitstream.logformat.LogFormat;
import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.ParserOptions;

/** The format a stream's lines are read in, with the options of its parsers. */
public record StreamFormat(LogFormat format, ParserOptions options) {
    /** A parser for one stream, kept across its batches: some formats (W3C's #Fields:) carry state from line to line. */
    public LogParser newParser() {
        return format.newParser(options);
    }

    /** Whether another stream format reads lines the same way. */
    public boolean sameAs(StreamFormat other) {
        return format.name().equals(other.format.name()) && options.equals(other.options);
    }
}
