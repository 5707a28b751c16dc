package io.hitstream.ingest.domain;

import io.hitstream.proto.stats.v1.DailyCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Hit counts per local day and key (a URL path, a client address or domain). */
final class DailyCounts {
    private record DayKey(LocalDate date, String key) {
    }

    private static final Comparator<DayKey> DATE_THEN_KEY =
            Comparator.comparing(DayKey::date).thenComparing(DayKey::key);

    private final Map<DayKey, Long> hits = new HashMap<>();

    void add(LocalDate date, String key, long count) {
        hits.merge(new DayKey(date, key), count, Long::sum);
    }

    /** The distinct keys, over all days. */
    List<String> keys() {
        return hits.keySet().stream().map(DayKey::key).distinct().sorted().toList();
    }

    /** The counts with every key replaced (counts of keys that become equal are summed). */
    DailyCounts rekeyed(UnaryOperator<String> newKey) {
        DailyCounts rekeyed = new DailyCounts();
        hits.forEach((day, count) -> rekeyed.add(day.date(), newKey.apply(day.key()), count));
        return rekeyed;
    }

    /** The counts as messages, by date and then key, so stats writes rows in a stable order. */
    List<DailyCount> toMessages() {
        List<DayKey> days = new ArrayList<>(hits.keySet());
        days.sort(DATE_THEN_KEY);
        return days.stream()
                .map(day -> DailyCount.newBuilder()
                        .setLocalDate(day.date().toString())
                        .setKey(day.key())
                        .setHits(hits.get(day))
                        .build())
                .toList();
    }
}
