package io.hitstream.agent.cli;

import java.nio.file.Path;

/**
 * The outcome of shipping one file: its complete lines and their bytes, how many of them ingest accepted or
 * rejected now, how many were committed before, and the bytes of a final line held back for lack of a newline.
 */
record ShipResult(Path file, long lines, long bytes, long accepted, long rejected, long alreadyCommitted,
        long heldBackBytes) {
}
