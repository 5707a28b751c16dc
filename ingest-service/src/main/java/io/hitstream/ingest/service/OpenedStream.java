package io.hitstream.ingest.service;

import io.hitstream.ingest.domain.StreamParser;

/** A stream after its handshake: where the client resumes, and the parser its batches are read with. */
public record OpenedStream(long committedOffset, StreamParser parser) {
}
