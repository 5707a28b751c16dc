package io.hitstream.agent.follow;

import io.hitstream.agent.batch.FileIdentity;
import io.hitstream.agent.state.KnownFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Decides which files of a followed path to ship, in order, when its follower starts or has finished a live file:
 * the rotated files from the one last known live onwards (it may have been rotated, and more after it, while no
 * one was reading), or on a first start every rotated file when backfilling, then the live file. Shipping a file
 * again costs a handshake and nothing more: ingest's committed offset says it is done.
 */
final class FilesToShip {

    private static final Logger LOG = Logger.getLogger(FilesToShip.class);

    private FilesToShip() {
    }

    /**
     * The files to ship when the follower starts, opened, in order; the last is the live one if the path holds a
     * file. Warns when the file last known live is gone.
     */
    static List<LogFile> atStart(Path path, Optional<KnownFile> known, boolean backfill) throws IOException {
        Optional<LogFile> live = LogFile.openLive(path);
        List<Path> rotated = RotatedLogs.of(path);
        if (known.isEmpty()) {
            return opened(backfill ? rotated : List.of(), live);
        }
        if (live.isPresent() && isKnown(live.get(), known.get())) {
            return opened(List.of(), live);
        }
        Optional<List<Path>> since = since(known.get(), rotated);
        if (since.isEmpty()) {
            LOG.warnf("%s: the file last live there (identity %s) is not among its rotated files any more; "
                    + "whatever of it was not shipped is lost", path, known.get().fileId());
        }
        return opened(since.orElse(List.of()), live);
    }

    /**
     * The files to ship after the follower finished the live file {@code finished} (read through its open
     * descriptor, wherever it went): the rotated files since it, which a copy-and-truncate rotation or rotations
     * quicker than a poll leave behind, then the live file. The finished file itself, renamed, is not shipped again.
     */
    static List<LogFile> afterFinishing(Path path, KnownFile finished) throws IOException {
        Optional<LogFile> live = LogFile.openLive(path);
        if (live.isPresent() && isKnown(live.get(), finished)) {
            return opened(List.of(), live);
        }
        List<Path> since = new ArrayList<>();
        for (Path rotated : since(finished, RotatedLogs.of(path)).orElse(List.of())) {
            if (!FileKey.of(rotated).map(FileKey::text).equals(Optional.of(finished.fileKey()))) {
                since.add(rotated);
            }
        }
        return opened(since, live);
    }

    private static List<LogFile> opened(List<Path> before, Optional<LogFile> live) throws IOException {
        List<LogFile> files = new ArrayList<>();
        for (Path file : before) {
            LogFile.openRotated(file).ifPresent(files::add);
        }
        live.ifPresent(files::add);
        return files;
    }

    /** By identity alone: a file with the same first line is the same stream to ingest, wherever its inode went. */
    private static boolean isKnown(LogFile live, KnownFile known) throws IOException {
        return live.identity().equals(Optional.of(known.fileId()));
    }

    /** The rotated files from the known one onwards, newest searched first; empty when it is not among them. */
    private static Optional<List<Path>> since(KnownFile known, List<Path> rotated) throws IOException {
        for (int i = rotated.size() - 1; i >= 0; i--) {
            if (identityOf(rotated.get(i)).equals(Optional.of(known.fileId()))) {
                return Optional.of(rotated.subList(i, rotated.size()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> identityOf(Path rotated) throws IOException {
        try {
            return FileIdentity.of(rotated);
        } catch (NoSuchFileException removedSinceListed) {
            return Optional.empty();
        }
    }
}
