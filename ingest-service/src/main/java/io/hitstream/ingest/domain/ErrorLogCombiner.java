package io.hitstream.ingest.domain;

import io.hitstream.logformat.ErrorLogLine;
import io.hitstream.logformat.ErrorLogParser;
import io.hitstream.logformat.RejectReason;
import io.hitstream.rollups.RollupLimits;
import java.time.ZoneId;

/**
 * Reads one batch of an error log and counts its lines per local day and level (never as hits); a line that is not
 * an error-log line is rejected with its reason. The day is the one the server wrote, which writes its local time,
 * taken as the site's. One combiner per batch and thread.
 */
public final class ErrorLogCombiner {
    private final ErrorLogParser parser;
    private final BatchTally tally;

    /** A combiner of one batch of an error log of {@code site} from {@code webHost}. */
    public ErrorLogCombiner(ErrorLogParser parser, ZoneId zone, DimensionRules rules, String site, String webHost) {
        this.parser = parser;
        this.tally = new BatchTally(zone, rules, site, webHost);
    }

    /** Counts every line of a chunk of '\n'-terminated lines. */
    public BatchTally combine(byte[] lines) {
        LineSplitter.forEachLine(lines, this::addLine);
        return tally;
    }

    /** Counts the one line of an oversized batch as rejected too long, as an access log's. */
    public BatchTally rejectOversized(byte[] head) {
        return tally.rejectOversized(head);
    }

    private void addLine(byte[] buf, int start, int end) {
        ErrorLogLine line = parser.parse(buf, start, end);
        if (!line.parsed()) {
            tally.addRejection(line.rejection().code(), buf, start, end);
            return;
        }
        int year = line.time().getYear();
        if (year < RollupLimits.MIN_YEAR || year > RollupLimits.MAX_YEAR) {
            tally.addRejection(RejectReason.BAD_TIMESTAMP.code(), buf, start, end);
            return;
        }
        tally.addErrorLine(line.time().toLocalDate(), line.level());
    }
}
