package io.hitstream.ingest.service;

import io.hitstream.ingest.domain.ErrorLogStream;
import io.hitstream.ingest.domain.StreamLogDay;
import io.hitstream.ingest.domain.StreamParser;

/**
 * A stream after its handshake: where the client resumes, and how its batches are read: with an access log's
 * parser, or as an error log (then {@code parser} is null); {@code logDay} dates lines its later batches reject
 * without counting any.
 */
public record OpenedStream(long committedOffset, StreamParser parser, ErrorLogStream errorLog, StreamLogDay logDay) {

    static OpenedStream accessLog(long committedOffset, StreamParser parser) {
        return new OpenedStream(committedOffset, parser, null, new StreamLogDay());
    }

    static OpenedStream errorLog(long committedOffset, ErrorLogStream errorLog) {
        return new OpenedStream(committedOffset, null, errorLog, new StreamLogDay());
    }

    boolean isErrorLog() {
        return errorLog != null;
    }
}
