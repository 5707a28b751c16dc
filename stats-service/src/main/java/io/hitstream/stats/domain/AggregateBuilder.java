package io.hitstream.stats.domain;

import io.hitstream.rollups.Dimension;
import io.hitstream.rollups.Grain;
import io.hitstream.rollups.RollupLimits;
import io.hitstream.rollups.sketch.SketchKind;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds a {@link BatchAggregate} from what a sender says one batch adds: refuses whatever cannot be applied as
 * sent with an {@link InvalidInputException} naming the field, and combines entries that share a key.
 */
public final class AggregateBuilder {
    private static final DateTimeFormatter LOCAL_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** IANA names only: offsets such as "+01:00" would be read with the opposite sign by PostgreSQL's AT TIME ZONE. */
    /** The name of a list entry whose refusals the caller prefixes with the entry's own (see addCounted). */
    private static final String ENTRY = "";
    private static final Set<String> IANA_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    private final StreamKey stream;
    private final long startOffset;
    private final long endOffset;
    private final ZoneId timeZone;
    private final SortedMap<Instant, HourTotals> hourly = new TreeMap<>();
    private final SortedMap<CountedKey, CountedKey> countedKeys = new TreeMap<>(CountedKey.ORDER);
    private final SortedMap<PeriodSketch, PeriodSketch> sketches = new TreeMap<>(PeriodSketch.ORDER);
    private final SortedMap<String, RejectionCount> rejections = new TreeMap<>();
    private final SortedMap<String, RejectionCount> repairs = new TreeMap<>();
    private final SortedMap<String, SiteAggregate> otherSites = new TreeMap<>();
    /** Each local date's text parsed and its day's first instant: a batch's thousands of entries name a few days. */
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<LocalDate, Instant> dayStarts = new HashMap<>();
    private int hoursSeen;
    private int urlHitsSeen;
    private int clientDomainHitsSeen;
    private int countedKeysSeen;
    private int sketchesSeen;
    private int rejectionsSeen;
    private int repairsSeen;
    private int otherSitesSeen;

    /** Starts the aggregate of the batch [startOffset, endOffset) of a stream, bucketed in an IANA time zone. */
    public AggregateBuilder(StreamKey stream, long startOffset, long endOffset, String timeZone) {
        if (startOffset < 0) {
            throw new InvalidInputException("start_offset must not be negative, got " + startOffset);
        }
        if (endOffset < startOffset) {
            throw new InvalidInputException("end_offset " + endOffset + " is before start_offset " + startOffset);
        }
        this.stream = stream;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.timeZone = zone(timeZone);
    }

    /** Checks the batch's line counts; the rollups do not keep them. */
    public AggregateBuilder lineCounts(long acceptedLines, long rejectedLines) {
        requireNonNegative("accepted_lines", acceptedLines);
        requireNonNegative("rejected_lines", rejectedLines);
        return this;
    }

    /** Adds the totals of the local hour starting at an epoch second, which must lie on the given local date. */
    public AggregateBuilder hour(long hourStartEpochSecond, String localDate, HourCounters counters) {
        String field = "hourly[" + hoursSeen++ + "]";
        LocalDate date = localDate(field, localDate);
        Instant start = hourStart(field, "hour_start_epoch_second", hourStartEpochSecond, date);
        requireNonNegative(field, counters);
        hourly.merge(start, new HourTotals(start, date, counters),
                (earlier, later) -> new HourTotals(start, date, sum(field, earlier.counters(), later.counters())));
        return this;
    }

    /** Adds hits of a URL path on a local day, as an older ingest sends them: a counted key of {@link Dimension#URL}. */
    public AggregateBuilder urlHits(String localDate, String url, long hits) {
        addCounted("url_hits", urlHitsSeen++, Dimension.URL, Grain.DAY, 0, localDate, url, "",
                KeyCounters.hitsOnly(hits));
        return this;
    }

    /** Adds hits from a client domain (or address) on a local day, as {@link #urlHits} does. */
    public AggregateBuilder clientDomainHits(String localDate, String domain, long hits) {
        addCounted("client_domain_hits", clientDomainHitsSeen++, Dimension.CLIENT_DOMAIN, Grain.DAY, 0,
                localDate, domain, "", KeyCounters.hitsOnly(hits));
        return this;
    }

    /**
     * Adds the counters of a key of a dimension in a period: a minute (its first UTC second), a local hour (its first
     * instant) or a local day (period start 0), which must be the dimension's grain.
     *
     * @param dimension null when the sender's is unspecified or unknown: refused
     * @param grain null likewise
     */
    public AggregateBuilder countedKey(Dimension dimension, Grain grain, long periodStartEpochSecond, String localDate,
            String key, String key2, KeyCounters counters) {
        addCounted("counted_keys", countedKeysSeen++, dimension, grain, periodStartEpochSecond, localDate, key,
                key2, counters);
        return this;
    }

    /**
     * Adds a sketch of a period (an hour: its first instant; a day: period start 0); of several for one key, their
     * union is kept.
     *
     * @param kind null when the sender's is unspecified or unknown: refused
     * @param grain null likewise
     */
    public AggregateBuilder sketch(SketchKind kind, Grain grain, long periodStartEpochSecond, String localDate,
            String key, byte[] data) {
        String field = "sketches[" + sketchesSeen++ + "]";
        if (kind == null) {
            throw new InvalidInputException(field + ".kind is unspecified or unknown");
        }
        if (grain == null || !kind.keptAt(grain)) {
            throw new InvalidInputException(field + ".grain " + grain + " is not one " + kind + " sketches are kept at");
        }
        LocalDate date = localDate(field, localDate);
        Instant start = periodStart(field, grain, periodStartEpochSecond, date);
        String text = StoredText.bounded(field + ".key", key, RollupLimits.MAX_KEY_LENGTH);
        if (data.length > RollupLimits.MAX_SKETCH_BYTES) {
            throw new InvalidInputException(field + ".data is " + data.length + " bytes long, at most "
                    + RollupLimits.MAX_SKETCH_BYTES + " allowed");
        }
        if (!kind.decodes(data)) {
            throw new InvalidInputException(field + ".data is not a " + kind + " sketch");
        }
        PeriodSketch sketch = new PeriodSketch(kind, grain, date, start, text, data);
        sketches.merge(sketch, sketch, (earlier, later) -> new PeriodSketch(kind, grain, date, start, text,
                kind.union(earlier.data(), later.data())));
        return this;
    }

    /**
     * Adds lines rejected for a reason, with up to {@link RollupLimits#MAX_SAMPLES} samples (none: {@code sample} alone, as older
     * senders send); of several entries for one reason, the first one's sample is kept and the samples are joined.
     */
    public AggregateBuilder rejection(String reason, long lines, String sample, List<String> samples) {
        addReason(rejections, "rejections[" + rejectionsSeen++ + "]", reason, lines, sample, samples);
        return this;
    }

    /** Adds lines counted after a repair for a reason, with samples, as {@link #rejection} does. */
    public AggregateBuilder repair(String reason, long lines, String sample, List<String> samples) {
        addReason(repairs, "repairs[" + repairsSeen++ + "]", reason, lines, sample, samples);
        return this;
    }

    /**
     * Adds the part of the batch counted under another site than the stream's, in that site's IANA time zone, as
     * {@code parts} adds it to the builder it is given; refuses the stream's own site and a site given twice. A
     * refusal names the part's field, e.g. {@code other_sites[1].hourly[0].hits}.
     */
    public AggregateBuilder otherSite(String site, String timeZone, Consumer<AggregateBuilder> parts) {
        String field = "other_sites[" + otherSitesSeen++ + "]";
        try {
            String name = StoredText.required("site", site, RollupLimits.MAX_ID_LENGTH);
            if (name.equals(stream.site())) {
                throw new InvalidInputException("site " + StoredText.quoted(name)
                        + " is the stream's own, whose lines are the aggregate's own fields");
            }
            if (otherSites.containsKey(name)) {
                throw new InvalidInputException("site " + StoredText.quoted(name) + " is given twice");
            }
            AggregateBuilder part = new AggregateBuilder(stream, startOffset, endOffset, timeZone);
            parts.accept(part);
            BatchAggregate built = part.build();
            otherSites.put(name, new SiteAggregate(name, built.timeZone(), built.hourly(), built.countedKeys(),
                    built.sketches(), List.of(), built.repairs()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + "." + e.getMessage());
        }
        return this;
    }

    public BatchAggregate build() {
        return new BatchAggregate(stream, startOffset, endOffset, timeZone,
                List.copyOf(hourly.values()), List.copyOf(countedKeys.values()), List.copyOf(sketches.values()),
                List.copyOf(rejections.values()), List.copyOf(repairs.values()), List.copyOf(otherSites.values()));
    }

    private static void addReason(Map<String, RejectionCount> into, String field, String reason, long lines, String sample,
            List<String> samples) {
        String name = StoredText.required(field + ".reason", reason, RollupLimits.MAX_REASON_LENGTH);
        requireNonNegative(field + ".lines", lines);
        String text = StoredText.bounded(field + ".sample", sample, RollupLimits.MAX_SAMPLE_LENGTH);
        if (samples.size() > RollupLimits.MAX_SAMPLES) {
            throw new InvalidInputException(field + ".samples holds " + samples.size() + " lines, at most " + RollupLimits.MAX_SAMPLES + " allowed");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            texts.add(StoredText.bounded(field + ".samples[" + i + "]", samples.get(i), RollupLimits.MAX_SAMPLE_LENGTH));
        }
        RejectionCount count = new RejectionCount(name, lines, text, texts.isEmpty() ? List.of(text) : texts);
        into.merge(name, count, (first, next) -> new RejectionCount(name, sum(field + ".lines", first.lines(), next.lines()),
                first.sample(), joined(first.samples(), next.samples())));
    }

    private static List<String> joined(List<String> first, List<String> next) {
        List<String> samples = new ArrayList<>(first);
        samples.addAll(next);
        return samples.subList(0, Math.min(samples.size(), RollupLimits.MAX_SAMPLES));
    }

    /**
     * Adds the entry at an index of a list of counted keys. Its checks name its fields relative to it ({@link #ENTRY})
     * and a refusal is prefixed with the entry's name, e.g. {@code counted_keys[3].key}: making the names of every
     * entry's fields in advance was a tenth of what stats allocated.
     */
    private void addCounted(String entries, int index, Dimension dimension, Grain grain, long periodStartEpochSecond,
            String localDate, String key, String key2, KeyCounters counters) {
        try {
            addCounted(dimension, grain, periodStartEpochSecond, localDate, key, key2, counters);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(entries + "[" + index + "]" + e.getMessage());
        }
    }

    private void addCounted(Dimension dimension, Grain grain, long periodStartEpochSecond, String localDate,
            String key, String key2, KeyCounters counters) {
        if (dimension == null) {
            throw new InvalidInputException(".dimension is unspecified or unknown");
        }
        if (grain != dimension.grain()) {
            throw new InvalidInputException(".grain " + grain + " is not " + dimension + "'s grain "
                    + dimension.grain());
        }
        LocalDate date = localDate(ENTRY, localDate);
        Instant start = periodStart(ENTRY, grain, periodStartEpochSecond, date);
        requireNonNegative(ENTRY, counters);
        CountedKey counted = new CountedKey(dimension, start, date,
                StoredText.bounded(".key", key, RollupLimits.MAX_KEY_LENGTH),
                StoredText.bounded(".key2", key2, RollupLimits.MAX_KEY_LENGTH), counters);
        countedKeys.merge(counted, counted, (earlier, later) -> new CountedKey(dimension, start, date, counted.key(),
                counted.key2(), sum(ENTRY, earlier.counters(), later.counters())));
    }

    /** The first instant of the period, checked against the grain and the local date. */
    private Instant periodStart(String field, Grain grain, long epochSecond, LocalDate date) {
        return switch (grain) {
            case DAY -> {
                if (epochSecond != 0) {
                    throw new InvalidInputException(field + ".period_start_epoch_second must be 0 for a day, got "
                            + epochSecond);
                }
                yield dayStarts.computeIfAbsent(date, day -> day.atStartOfDay(timeZone).toInstant());
            }
            case HOUR -> hourStart(field, "period_start_epoch_second", epochSecond, date);
            case MINUTE -> minuteStart(field, epochSecond, date);
        };
    }

    private Instant minuteStart(String field, long epochSecond, LocalDate date) {
        ZonedDateTime local = local(field, "period_start_epoch_second", epochSecond);
        if (Math.floorMod(epochSecond, 60) != 0) {
            throw new InvalidInputException(field + ".period_start_epoch_second " + epochSecond
                    + " is not the start of a minute");
        }
        requireDateOf(field, local, date);
        return local.toInstant();
    }

    private Instant hourStart(String field, String startField, long epochSecond, LocalDate date) {
        ZonedDateTime local = local(field, startField, epochSecond);
        if (local.getMinute() != 0 || local.getSecond() != 0) {
            throw new InvalidInputException(field + "." + startField + " " + epochSecond
                    + " is " + local.toLocalDateTime() + " in " + timeZone + ", not the start of an hour");
        }
        requireDateOf(field, local, date);
        return local.toInstant();
    }

    private ZonedDateTime local(String field, String startField, long epochSecond) {
        try {
            return Instant.ofEpochSecond(epochSecond).atZone(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field + "." + startField + " " + epochSecond + " is out of range");
        }
    }

    private void requireDateOf(String field, ZonedDateTime local, LocalDate date) {
        if (!local.toLocalDate().equals(date)) {
            throw new InvalidInputException(field + ".local_date " + date + " is not the date of "
                    + local.toLocalDateTime() + " in " + timeZone);
        }
    }

    private LocalDate localDate(String field, String text) {
        LocalDate date = dates.get(text);
        if (date == null) {
            date = date(field + ".local_date", text);
            dates.put(text, date);
        }
        return date;
    }

    private static LocalDate date(String field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text, LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " " + StoredText.quoted(text) + " is not a date YYYY-MM-DD");
        }
        if (date.getYear() < RollupLimits.MIN_YEAR || date.getYear() > RollupLimits.MAX_YEAR) {
            throw new InvalidInputException(field + " " + date + " is outside years " + RollupLimits.MIN_YEAR + "-" + RollupLimits.MAX_YEAR);
        }
        return date;
    }

    private static ZoneId zone(String name) {
        if (!IANA_ZONES.contains(name)) {
            throw new InvalidInputException("time_zone " + StoredText.quoted(name) + " is not an IANA time zone");
        }
        return ZoneId.of(name);
    }

    private static void requireNonNegative(String field, NamedCounters counters) {
        if (counters.anyNegative()) {
            counters.byFieldName().forEach((name, value) -> requireNonNegative(field + "." + name, value));
        }
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidInputException(field + " must not be negative, got " + value);
        }
    }

    private static long sum(String field, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field + " overflows when added to an earlier entry of the same key");
        }
    }

    private static KeyCounters sum(String field, KeyCounters a, KeyCounters b) {
        try {
            return a.plus(b);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field + " overflows when added to an earlier entry of the same key");
        }
    }

    private static HourCounters sum(String field, HourCounters a, HourCounters b) {
        try {
            return a.plus(b);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field + " overflows when added to an earlier entry of the same hour");
        }
    }
}
