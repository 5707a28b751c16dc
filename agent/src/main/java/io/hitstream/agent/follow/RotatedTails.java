package io.hitstream.agent.follow;

import io.hitstream.agent.status.StreamCounters;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Rotated files a stream has read to their end and still holds open, because a web server may go on writing into a
 * renamed or deleted log long after the rotation grace (until it is told to reopen its logs, or never, when only a
 * restart does). Each is watched for {@code rotatedWatch} after it last grew: one that grows is handed back to be
 * shipped on from where it was read to; one quiet that long is closed, and bytes it holds that were never shipped
 * are counted in the stream's status with a notice, never dropped in silence.
 */
final class RotatedTails {

    private static final Logger LOG = Logger.getLogger(RotatedTails.class);
    /** Most rotated files held open per stream, so that a log rotated every second cannot exhaust descriptors. */
    static final int MAX_HELD = 16;

    private final Duration rotatedWatch;
    private final StreamCounters counters;
    private final List<Tail> tails = new ArrayList<>();

    RotatedTails(Duration rotatedWatch, StreamCounters counters) {
        this.rotatedWatch = rotatedWatch;
        this.counters = counters;
    }

    /**
     * Holds {@code file}, read up to {@code readTo} (a held-back last line included) of which {@code shippedTo} is
     * shipped, from {@code now} on; the oldest held file is closed first when too many are held.
     */
    void hold(LogFile file, long readTo, long shippedTo, long now) throws IOException {
        if (rotatedWatch.isZero() || file.compressed()) {
            closeForGood(new Tail(file, readTo, shippedTo, now));
            return;
        }
        file.rotatedAway();
        if (tails.size() == MAX_HELD) {
            closeForGood(tails.remove(0));
        }
        tails.add(new Tail(file, readTo, shippedTo, now));
    }

    /** Holds again a file taken out, of which {@code shippedTo} bytes are now shipped. */
    void holdAgain(Tail tail, long shippedTo, long now) throws IOException {
        hold(tail.file(), tail.readTo(), Math.max(shippedTo, tail.shippedTo()), now);
    }

    /** A held file written past where it was read, taken out to be shipped on; closes those quiet too long. */
    Optional<Tail> takeGrown(long now) throws IOException {
        Iterator<Tail> held = tails.iterator();
        while (held.hasNext()) {
            Tail tail = held.next();
            if (tail.file().size() > tail.readTo()) {
                held.remove();
                return Optional.of(tail);
            }
            if (now - tail.heldSince() >= rotatedWatch.toNanos()) {
                held.remove();
                closeForGood(tail);
            }
        }
        return Optional.empty();
    }

    /** Closes every held file, as the stream stops: what was not shipped of them is counted and told. */
    void closeAll() throws IOException {
        for (Tail tail : tails) {
            closeForGood(tail);
        }
        tails.clear();
    }

    private void closeForGood(Tail tail) throws IOException {
        LogFile file = tail.file();
        // The size on disk of a gzip file is not comparable with what was read of its content, nor can it grow.
        long unread = file.compressed() ? tail.readTo() - tail.shippedTo() : Math.max(0, file.size() - tail.shippedTo());
        file.close();
        if (unread > 0) {
            String notice = file.path() + " was closed after rotation with " + unread + " bytes unread (a last line "
                    + "without its newline, or lines written into it more than follow.rotated-watch after it was last "
                    + "written); they were not shipped";
            counters.unread(unread, notice);
            LOG.warn(notice);
        }
    }

    /** A held file, read up to {@code readTo} of which {@code shippedTo} is shipped, held since {@code heldSince}. */
    record Tail(LogFile file, long readTo, long shippedTo, long heldSince) {
    }
}
