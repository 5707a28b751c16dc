package io.hitstream.ingest.domain;

import io.hitstream.proto.stats.v1.PartialAggregate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one batch's lines add up to, with hits still counted per client address: the addresses are
 * turned into domains by {@link #writeTo} once the resolver has answered for all of them at once.
 */
public final class BatchTally {
    /** Why the lines of a batch ingest refused were rejected. */
    static final String REFUSED_BATCH = "refused_batch";

    private final ZoneId zone;
    private final SortedMap<Long, HourCounters> hours = new TreeMap<>();
    private final DailyCounts urlHits = new DailyCounts();
    private final DailyCounts clientAddressHits = new DailyCounts();
    private final ReasonCounts rejections = new ReasonCounts();
    private final ReasonCounts repairs = new ReasonCounts();
    private long acceptedLines;

    BatchTally(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * A batch ingest cannot use, every line of it (at least one) rejected as {@link #REFUSED_BATCH}, so that its
     * bytes are accounted for.
     */
    public static BatchTally refused(ZoneId zone, byte[] lines) {
        BatchTally tally = new BatchTally(zone);
        LineSplitter.forEachLine(lines, (buf, start, end) -> tally.addRejection(REFUSED_BATCH, buf, start, end));
        if (lines.length == 0) {
            tally.addRejection(REFUSED_BATCH, lines, 0, 0);
        }
        return tally;
    }

    /** The distinct client addresses of the counted lines, sorted. */
    public List<String> clientAddresses() {
        return clientAddressHits.keys();
    }

    public long acceptedLines() {
        return acceptedLines;
    }

    public long rejectedLines() {
        return rejections.total();
    }

    /**
     * Writes the batch's content into an aggregate: time zone, hourly totals by hour, URL and
     * client-domain hits by date and key, line counts, rejections and repairs by reason.
     */
    public void writeTo(PartialAggregate.Builder aggregate, ClientDomains domains) {
        aggregate.setTimeZone(zone.getId())
                .addAllHourly(hours.values().stream().map(HourCounters::toMessage).toList())
                .addAllUrlHits(urlHits.toMessages())
                .addAllClientDomainHits(clientAddressHits.rekeyed(domains::domainOf).toMessages())
                .setAcceptedLines(acceptedLines)
                .setRejectedLines(rejections.total())
                .addAllRejections(rejections.toMessages())
                .addAllRepairs(repairs.toMessages());
    }

    void addHit(LocalHours.LocalHour hour, int status, boolean hasBytes, long responseBytes, String path, String clientAddress) {
        acceptedLines++;
        hours.computeIfAbsent(hour.startEpochSecond(), start -> new HourCounters(start, hour.date()))
                .add(status, hasBytes, responseBytes);
        LocalDate date = hour.date();
        if (path != null) {
            urlHits.add(date, BoundedText.truncate(path, BoundedText.MAX_KEY_LENGTH), 1);
        }
        clientAddressHits.add(date, BoundedText.truncate(clientAddress, BoundedText.MAX_KEY_LENGTH), 1);
    }

    void addRejection(String reason, byte[] buf, int start, int end) {
        rejections.add(reason, buf, start, end);
    }

    /** Notes that a counted line was repaired for this reason before it was read. */
    void addRepair(String reason, byte[] buf, int start, int end) {
        repairs.add(reason, buf, start, end);
    }
}
