package io.hitstream.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts a combined-format log the slow, obvious way (one regex per line), independently of the
 * production parser, so the end-to-end test compares two implementations rather than one with itself.
 */
final class ReferenceCounts {
    private static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] \"([A-Z]+) (\\S+)(?: [^\"]*)?\" (\\d{3}) (\\d+|-) "
                    + "\"(?:[^\"\\\\]|\\\\.)*\" \"(?:[^\"\\\\]|\\\\.)*\"$");
    private static final DateTimeFormatter CLF_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/uuuu:HH:mm:ss Z", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

    long hits;
    long rejected;
    long bytes;
    final Map<String, Long> statusClasses = new TreeMap<>(Map.of("2xx", 0L, "3xx", 0L, "4xx", 0L, "5xx", 0L, "other", 0L));
    final Map<String, Long> urlHits = new TreeMap<>();
    private final TreeMap<LocalDate, Long> dayHits = new TreeMap<>();

    static ReferenceCounts of(Path log) throws IOException {
        ReferenceCounts counts = new ReferenceCounts();
        for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
            counts.add(line);
        }
        return counts;
    }

    private void add(String line) {
        Matcher m = COMBINED.matcher(line);
        OffsetDateTime time = m.matches() ? time(m.group(2)) : null;
        if (time == null) {
            rejected++;
            return;
        }
        hits++;
        if (!m.group(6).equals("-")) {
            bytes += Long.parseLong(m.group(6));
        }
        statusClasses.merge(statusClass(Integer.parseInt(m.group(5))), 1L, Long::sum);
        String target = m.group(4);
        int query = target.indexOf('?');
        urlHits.merge(query < 0 ? target : target.substring(0, query), 1L, Long::sum);
        dayHits.merge(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), 1L, Long::sum);
    }

    /** Hits per UTC day from the first to the last day with hits, days without hits as 0. */
    Map<LocalDate, Long> hitsPerDay() {
        Map<LocalDate, Long> days = new TreeMap<>(dayHits);
        if (!dayHits.isEmpty()) {
            LocalDate last = dayHits.lastKey();
            for (LocalDate day = dayHits.firstKey(); !day.isAfter(last); day = day.plusDays(1)) {
                days.putIfAbsent(day, 0L);
            }
        }
        return days;
    }

    /** The ten most hit URLs, most hits first and ties by URL, as "url=hits". */
    List<String> topUrls() {
        return urlHits.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList();
    }

    private static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text, CLF_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String statusClass(int status) {
        return status >= 200 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
