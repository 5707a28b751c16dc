package io.hitstream.ingest.domain;

import io.hitstream.logformat.LogParser;

/**
 * The parser of one Ship stream, made at its StreamOpen and kept across its batches, so that what a format
 * carries from line to line (W3C's {@code #Fields:}) survives a batch boundary. Used by one batch at a time.
 */
public final class StreamParser {
    private final StreamFormat format;
    private final LogParser parser;

    public StreamParser(StreamFormat format) {
        this.format = format;
        this.parser = format.newParser();
    }

    /** The stream's parser for a batch naming this format; refuses a batch naming another than the stream's. */
    public LogParser parserFor(StreamFormat batchFormat) {
        if (!format.sameAs(batchFormat)) {
            throw new InvalidBatchException("a LogBatch must name its stream's log format (or none): the stream was opened with \""
                    + format.format().name() + "\", the batch names \"" + batchFormat.format().name() + "\"");
        }
        return parser;
    }

    /** The stream's parser, for a batch that names no format. */
    public LogParser parser() {
        return parser;
    }
}
