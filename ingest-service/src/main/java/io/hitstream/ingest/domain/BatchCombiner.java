package io.hitstream.ingest.domain;

import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.LogRecord;
import io.hitstream.logformat.RejectReason;
import io.hitstream.logformat.TextField;
import io.hitstream.rollups.RollupLimits;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parses one batch's lines and adds them up under each line's site, in that site's time zone, noting the lines that
 * had to be repaired to be read; directive lines (W3C's {@code #Fields:}) are read by the parser and neither counted
 * nor rejected. One combiner per batch and thread.
 */
public final class BatchCombiner {
    /** Status of a line whose format logs none: counted as "other". */
    private static final int NO_STATUS = 0;
    /** Repair reasons: a text field cut to the field limit, an unmatched quote read past, invalid UTF-8 replaced. */
    static final String FIELD_TRUNCATED = "field_truncated";
    static final String QUOTE_REPAIRED = "quote_repaired";
    static final String INVALID_UTF8 = "invalid_utf8";

    /**
     * The size of an access-log line, roughly, to tell a batch's lines from its bytes without counting them: the
     * agent's 1 MiB batches hold some 4,000 lines.
     */
    private static final int TYPICAL_LINE_BYTES = 256;

    /**
     * The fields a log repeats from line to line, whose text the parser keeps (client addresses are left out: a
     * log has many more of them than of URLs or agents, and they would push out what repeats more).
     */
    private static final Set<TextField> REPEATED_FIELDS = EnumSet.of(TextField.METHOD, TextField.PATH,
            TextField.REFERRER, TextField.USER_AGENT, TextField.VIRTUAL_HOST);

    private final LogParser parser;
    private final LogRecord record = new LogRecord();
    private final LineSites sites;
    private final BatchTally tally;
    private final SiteTally streamSite;
    /** The tallies of the other sites lines were counted under, by site. */
    private final Map<String, SiteTally> otherSites = new HashMap<>();
    private final Utf8Validity utf8 = new Utf8Validity();

    /**
     * A combiner of one batch of a stream of {@code site} from {@code webHost}, keyed by {@code rules}, that counts
     * every line under the stream's site.
     */
    public BatchCombiner(LogParser parser, ZoneId zone, DimensionRules rules, String site, String webHost) {
        this(parser, zone, rules, LineSites.streamOnly(site, zone), webHost);
    }

    /** A combiner that counts each line under the site {@code sites} decides, its stream's by default. */
    public BatchCombiner(LogParser parser, ZoneId zone, DimensionRules rules, LineSites sites, String webHost) {
        this(parser, zone, rules, new StreamReadings(rules), sites, webHost);
    }

    /**
     * A combiner that reads texts and paths with the kept {@code readings} of the batch's stream, as it parses with
     * the stream's parser: both are used by one batch at a time.
     */
    public BatchCombiner(LogParser parser, ZoneId zone, DimensionRules rules, StreamReadings readings,
                         LineSites sites, String webHost) {
        this.parser = parser;
        this.sites = sites;
        this.tally = new BatchTally(zone, rules, readings, sites.stream().site(), webHost);
        this.streamSite = new SiteTally(new LocalHours(zone), tally);
        record.internTextsIn(REPEATED_FIELDS);
    }

    /** Adds up every line of a chunk of '\n'-terminated lines. */
    public BatchTally combine(byte[] lines) {
        tally.expectLines(lines.length / TYPICAL_LINE_BYTES + 1);
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
        LineSites.LineSite site = sites.of(record.serverName());
        if (site.isRejected()) {
            tally.addRejection(site.rejection(), buf, start, end);
            return;
        }
        SiteTally target = site == sites.stream() ? streamSite : otherSites.computeIfAbsent(site.site(),
                name -> new SiteTally(new LocalHours(site.zone()), tally.otherSite(name, site.zone())));
        if (!record.hasTimestamp()) {
            // A custom format need not log the time, but a hit cannot be counted without its hour.
            tally.addRejection(RejectReason.BAD_TIMESTAMP.code(), buf, start, end);
            return;
        }
        LocalHours.LocalHour hour = target.hours().hourOf(record.epochSecond());
        int year = hour.date().getYear();
        if (year < RollupLimits.MIN_YEAR || year > RollupLimits.MAX_YEAR) {
            tally.addRejection(RejectReason.BAD_TIMESTAMP.code(), buf, start, end);
            return;
        }
        target.tally().addHit(hour, record, record.hasStatus() ? record.status() : NO_STATUS,
                record.text(TextField.PATH), record.text(TextField.CLIENT_ADDRESS));
        addRepairs(target.tally(), buf, start, end);
    }

    /** Notes the repairs of a counted line under the site it was counted under. */
    private void addRepairs(BatchTally siteTally, byte[] buf, int start, int end) {
        if (record.truncatedFieldCount() > 0) {
            siteTally.addRepair(FIELD_TRUNCATED, buf, start, end);
        }
        if (record.quoteRepaired()) {
            siteTally.addRepair(QUOTE_REPAIRED, buf, start, end);
        }
        if (!utf8.isValid(buf, start, end)) {
            siteTally.addRepair(INVALID_UTF8, buf, start, end);
        }
    }

    /** Where the lines of one site are added up, with the hours of its time zone. */
    private record SiteTally(LocalHours hours, BatchTally tally) {
    }
}
