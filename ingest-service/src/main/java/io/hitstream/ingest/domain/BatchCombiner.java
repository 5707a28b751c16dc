package io.hitstream.ingest.domain;

import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.LogRecord;
import io.hitstream.logformat.RejectReason;
import io.hitstream.logformat.TextField;
import io.hitstream.rollups.RollupLimits;
import java.time.ZoneId;

/**
 * Parses one batch's lines and adds them up in a site's time zone, noting the lines that had to be repaired to be
 * read; directive lines (W3C's {@code #Fields:}) are read by the parser and neither counted nor rejected. One
 * combiner per batch and thread.
 */
public final class BatchCombiner {
    /** Status of a line whose format logs none: counted as "other". */
    private static final int NO_STATUS = 0;
    /** Repair reasons: a text field cut to the field limit, an unmatched quote read past, invalid UTF-8 replaced. */
    static final String FIELD_TRUNCATED = "field_truncated";
    static final String QUOTE_REPAIRED = "quote_repaired";
    static final String INVALID_UTF8 = "invalid_utf8";

    private final LogParser parser;
    private final LogRecord record = new LogRecord();
    private final LocalHours localHours;
    private final BatchTally tally;
    private final Utf8Validity utf8 = new Utf8Validity();

    /** A combiner of one batch of a stream of {@code site} from {@code webHost}, keyed by {@code rules}. */
    public BatchCombiner(LogParser parser, ZoneId zone, DimensionRules rules, String site, String webHost) {
        this.parser = parser;
        this.localHours = new LocalHours(zone);
        this.tally = new BatchTally(zone, rules, site, webHost);
    }

    /** Adds up every line of a chunk of '\n'-terminated lines. */
    public BatchTally combine(byte[] lines) {
        LineSplitter.forEachLine(lines, this::addLine);
        return tally;
    }

    /**
     * Counts the one line of an oversized batch (too long for any batch, so only its head was sent) as rejected
     * too long, without parsing the head: a head can look like a whole line.
     */
    public BatchTally rejectOversized(byte[] head) {
        return tally.rejectOversized(head);
    }

    private void addLine(byte[] buf, int start, int end) {
        if (!parser.parse(buf, start, end, record)) {
            if (record.rejectReason().isRejection()) {
                tally.addRejection(record.rejectReason().code(), buf, start, end);
            }
            return;
        }
        if (!record.hasTimestamp()) {
            // A custom format need not log the time, but a hit cannot be counted without its hour.
            tally.addRejection(RejectReason.BAD_TIMESTAMP.code(), buf, start, end);
            return;
        }
        LocalHours.LocalHour hour = localHours.hourOf(record.epochSecond());
        int year = hour.date().getYear();
        if (year < RollupLimits.MIN_YEAR || year > RollupLimits.MAX_YEAR) {
            tally.addRejection(RejectReason.BAD_TIMESTAMP.code(), buf, start, end);
            return;
        }
        tally.addHit(hour, record, record.hasStatus() ? record.status() : NO_STATUS, record.text(TextField.PATH),
                record.text(TextField.CLIENT_ADDRESS));
        addRepairs(buf, start, end);
    }

    private void addRepairs(byte[] buf, int start, int end) {
        if (record.truncatedFieldCount() > 0) {
            tally.addRepair(FIELD_TRUNCATED, buf, start, end);
        }
        if (record.quoteRepaired()) {
            tally.addRepair(QUOTE_REPAIRED, buf, start, end);
        }
        if (!utf8.isValid(buf, start, end)) {
            tally.addRepair(INVALID_UTF8, buf, start, end);
        }
    }
}
