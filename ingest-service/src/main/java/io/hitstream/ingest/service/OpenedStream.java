package io.hitstream.ingest.service;

import io.hitstream.ingest.domain.ErrorLogStream;
import io.hitstream.ingest.domain.StreamLogDay;
import io.hitstream.ingest.domain.StreamParser;
import io.hitstream.ingest.domain.StreamReadings;

/**
 * A stream after its handshake: where the client resumes, and how its batches are read: with an access log's
 * parser and the readings of its texts and paths, or as an error log (then {@code parser} and {@code readings} are
 * null); {@code logDay} dates lines its later batches reject without counting any.
 */
public record OpenedStream(long committedOffset, StreamParser parser, StreamReadings readings, ErrorLogStream errorLog,
                           StreamLogDay logDay) {

    static OpenedStream accessLog(long committedOffset, StreamParser parser, StreamReadings readings) {
        return new OpenedStream(committedOffset, parser, readings, null, new StreamLogDay());
    }

    static OpenedStream errorLog(long committedOffset, ErrorLogStream errorLog) {
        return new OpenedStream(committedOffset, null, null, errorLog, new StreamLogDay());
    }

    boolean isErrorLog() {
        return errorLog != null;
    }
}
