package io.hitstream.ingest.domain;

import io.hitstream.logformat.LogRecord;
import io.hitstream.logformat.RejectReason;
import io.hitstream.rollups.RollupLimits;
import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.VisitorSketch;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one batch's lines add up to: hourly totals, the counted keys of every dimension and the sketches, line
 * counts, rejections and repairs. Client domains, top-level domains and countries are still counted per client
 * address: {@link #countedKeys} turns them into keys once the resolver has answered for all of them at once.
 */
public final class BatchTally {
    /** Why the lines of a batch ingest refused were rejected. */
    static final String REFUSED_BATCH = "refused_batch";

    private final ZoneId zone;
    private final SortedMap<Long, HourCounters> hours = new TreeMap<>();
    private final DimensionTally dimensions;
    private final ReasonCounts rejections = new ReasonCounts();
    private final ReasonCounts repairs = new ReasonCounts();
    private final PathReadings paths;
    private final DimensionRules rules;
    private final StreamReadings readings;
    private final String webHost;
    /** The lines of this batch counted under other sites than its stream's, by site. */
    private final SortedMap<String, BatchTally> otherSites = new TreeMap<>();
    /** What the current line adds to its hour and to each of its keys, reused from line to line. */
    private final Counters line = new Counters();
    private final ReasonDays reasonDays = new ReasonDays();
    /** The hour of the last hit and its totals: a batch's lines come an hour at a time, the same hour object each. */
    private LocalHours.LocalHour lastHour;
    private HourCounters lastHourCounters;
    private long acceptedLines;

    /** A tally whose readings of texts and paths are its own, read anew. */
    BatchTally(ZoneId zone, DimensionRules rules, String site, String webHost) {
        this(zone, rules, new StreamReadings(rules), site, webHost);
    }

    /** A tally that reads texts and paths with its stream's kept readings. */
    BatchTally(ZoneId zone, DimensionRules rules, StreamReadings readings, String site, String webHost) {
        this.zone = zone;
        StreamReadings.SiteReadings siteReadings = readings.of(site);
        this.dimensions = new DimensionTally(rules, site, webHost, siteReadings.texts());
        this.paths = siteReadings.paths();
        this.rules = rules;
        this.readings = readings;
        this.webHost = webHost;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * A batch ingest cannot use, every line of it (at least one) rejected as {@link #REFUSED_BATCH}, so that its
     * bytes are accounted for.
     */
    public static BatchTally refused(ZoneId zone, DimensionRules rules, String site, String webHost, byte[] lines) {
        BatchTally tally = new BatchTally(zone, rules, site, webHost);
        LineSplitter.forEachLine(lines, (buf, start, end) -> tally.addRejection(REFUSED_BATCH, buf, start, end));
        if (lines.length == 0) {
            tally.addRejection(REFUSED_BATCH, lines, 0, 0);
        }
        return tally;
    }

    /** The distinct client addresses of the counted lines, of every site, sorted. */
    public List<String> clientAddresses() {
        if (otherSites.isEmpty()) {
            return dimensions.clientAddresses();
        }
        SortedSet<String> addresses = new TreeSet<>(dimensions.clientAddresses());
        otherSites.values().forEach(site -> addresses.addAll(site.clientAddresses()));
        return List.copyOf(addresses);
    }

    /** The lines counted, under any site. */
    public long acceptedLines() {
        return acceptedLines + otherSites.values().stream().mapToLong(BatchTally::acceptedLines).sum();
    }

    /** What the lines counted under other sites than the stream's add up to, by site. */
    public SortedMap<String, BatchTally> otherSites() {
        return otherSites;
    }

    public long rejectedLines() {
        return rejections.total();
    }

    /** The totals of each local hour, by hour. */
    public List<HourCounters> hours() {
        return new ArrayList<>(hours.values());
    }

    /**
     * Every counted key, in no order, with client addresses counted under what the resolver answered for them, and
     * the rejected and repaired lines by reason and day ({@link ReasonDays}): lines rejected in a batch without any
     * counted line on {@code undatedDay}.
     */
    public List<CountedKey> countedKeys(ClientDomains answers, LocalDate undatedDay) {
        return dimensions.countedKeys(answers, reasonDays.keys(undatedDay));
    }

    /** The site-local day of the last line counted, if any was. */
    public Optional<LocalDate> lastDay() {
        return reasonDays.lastDay();
    }

    /** Visitors of each hour and day, in key order. */
    public Map<SketchKey, VisitorSketch> visitors() {
        return dimensions.visitors();
    }

    /** Latencies of each request group and hour, in key order. */
    public Map<SketchKey, LatencySketch> latencies() {
        return dimensions.latencies();
    }

    public List<ReasonCounts.ReasonCount> rejections() {
        return rejections.byReason();
    }

    public List<ReasonCounts.ReasonCount> repairs() {
        return repairs.byReason();
    }

    /** Makes room for the keys of about {@code lines} lines, before the first is counted. */
    void expectLines(int lines) {
        dimensions.expectLines(lines);
    }

    void addHit(LocalHours.LocalHour hour, LogRecord record, int status, String path, String clientAddress) {
        acceptedLines++;
        String pathKey = path == null ? null : BoundedText.truncate(path, RollupLimits.MAX_KEY_LENGTH);
        String address = clientAddress == null ? DimensionTally.ABSENT
                : BoundedText.truncate(clientAddress, RollupLimits.MAX_KEY_LENGTH);
        line.resetToOneHit();
        line.setStatus(status);
        if (record.hasResponseBytes()) {
            line.setBytes(record.responseBytes());
        }
        reasonDays.dated(hour.date());
        PathReadings.PathReading pathReading = pathKey == null ? null : paths.of(pathKey);
        boolean crawler = dimensions.add(hour, record, line, pathReading, address);
        countersOf(hour).add(line, pathReading != null && pathReading.page(), crawler);
    }

    private HourCounters countersOf(LocalHours.LocalHour hour) {
        if (hour != lastHour) {
            lastHour = hour;
            lastHourCounters = hours.computeIfAbsent(hour.startEpochSecond(),
                    start -> new HourCounters(start, hour.date()));
        }
        return lastHourCounters;
    }

    /** Counts one error-log line under its level and local day, never as a hit. */
    void addErrorLine(LocalDate date, String level) {
        acceptedLines++;
        reasonDays.dated(date);
        line.resetToOneHit();
        dimensions.addErrorLine(date, BoundedText.truncate(level, RollupLimits.MAX_KEY_LENGTH), line);
    }

    /** Counts the one line of an oversized batch, of which only its head was sent, as rejected too long. */
    BatchTally rejectOversized(byte[] head) {
        LineSplitter.forEachLine(head, (buf, start, end) -> addRejection(RejectReason.TOO_LONG.code(), buf, start, end));
        return this;
    }

    /** The tally of the lines of this batch counted under another site, in that site's time zone. */
    BatchTally otherSite(String site, ZoneId siteZone) {
        return otherSites.computeIfAbsent(site, name -> new BatchTally(siteZone, rules, readings, name, webHost));
    }

    void addRejection(String reason, byte[] buf, int start, int end) {
        rejections.add(reason, buf, start, end);
        reasonDays.rejected(reason);
    }

    /** Notes that a counted line was repaired for this reason before it was read. */
    void addRepair(String reason, byte[] buf, int start, int end) {
        repairs.add(reason, buf, start, end);
        reasonDays.repaired(reason);
    }
}
