package io.hitstream.agent.cli;

import java.nio.file.Path;

/** Hears how the shipping of a file advances; called from the shipping thread only. Each step is optional. */
interface ShipProgress {

    /** Shipping of {@code file}, {@code sizeOnDisk} bytes long (compressed if it is), begins. */
    default void started(Path file, long sizeOnDisk) {
    }

    /** So many bytes of the file on disk are read, and so many of its lines are acknowledged. */
    default void advanced(long diskBytesRead, long linesAcknowledged) {
    }

    /** The file is done: every complete line is acknowledged. */
    default void finished(ShipResult result) {
    }
}
