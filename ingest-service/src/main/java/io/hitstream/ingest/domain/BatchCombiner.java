package io.hitstream.ingest.domain;

import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.LogRecord;
import io.hitstream.logformat.RejectReason;
import io.hitstream.logformat.TextField;
import java.time.ZoneId;

/** Parses one batch's lines and adds them up in a site's time zone; one combiner per batch and thread. */
public final class BatchCombiner {
    /** The years stats can store a local date of. */
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private final LogParser parser;
    private final LogRecord record = new LogRecord();
    private final LocalHours localHours;
    private final BatchTally tally;

    public BatchCombiner(LogParser parser, ZoneId zone) {
        this.parser = parser;
        this.localHours = new LocalHours(zone);
        this.tally = new BatchTally(zone);
    }

    /** Adds up every line of a chunk of '\n'-terminated lines. */
    public BatchTally combine(byte[] lines) {
        LineSplitter.forEachLine(lines, this::addLine);
        return tally;
    }

    private void addLine(byte[] buf, int start, int end) {
        if (!parser.parse(buf, start, end, record)) {
            tally.addRejection(record.rejectReason().code(), buf, start, end);
            return;
        }
        LocalHours.LocalHour hour = localHours.hourOf(record.epochSecond());
        int year = hour.date().getYear();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            tally.addRejection(RejectReason.BAD_TIMESTAMP.code(), buf, start, end);
            return;
        }
        tally.addHit(hour, record.status(), record.hasResponseBytes(), record.responseBytes(),
                record.text(TextField.PATH), record.text(TextField.CLIENT_ADDRESS));
    }
}
