package io.hitstream.ingest.domain;

import io.hitstream.logformat.ErrorLogFormat;
import io.hitstream.logformat.ErrorLogParser;
import io.hitstream.logformat.LogFormatException;
import io.hitstream.logformat.ParserLimits;

/** The error-log format of one Ship stream of an error log, made at its StreamOpen and kept across its batches. */
public final class ErrorLogStream {
    private final ErrorLogFormat format;
    private final ErrorLogParser parser;

    /**
     * The stream of an error log in the format named {@code formatName}.
     *
     * @throws InvalidBatchException when no error-log format has that name
     */
    public ErrorLogStream(String formatName, ParserLimits limits) {
        this.format = named(formatName);
        this.parser = new ErrorLogParser(format, limits);
    }

    private static ErrorLogFormat named(String formatName) {
        try {
            return ErrorLogFormat.named(formatName);
        } catch (LogFormatException e) {
            throw new InvalidBatchException(e.getMessage());
        }
    }

    /** The stream's parser for a batch naming {@code formatName}, which must be the stream's or none. */
    public ErrorLogParser parserFor(String formatName) {
        if (!formatName.isEmpty() && !formatName.equals(format.formatName())) {
            throw new InvalidBatchException("a LogBatch must name its stream's log format (or none): the stream was "
                    + "opened with \"" + format.formatName() + "\", the batch names \"" + formatName + "\"");
        }
        return parser;
    }
}
