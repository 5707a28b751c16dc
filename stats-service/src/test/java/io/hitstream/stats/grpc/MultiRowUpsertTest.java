package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.dayKey;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.periodKey;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static io.hitstream.stats.grpc.Aggregates.withSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.Grain;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SiteAggregate;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit writes each table's rows of all its sites in one statement: more keys than a statement of bind
 * parameters per row could take (a thousand URLs), of several dimensions and every grain, of two sites.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class MultiRowUpsertTest {
    private static final int URLS = 1000;

    @TestHTTPResource("/")
    URL root;

    private StatsChannel channel;
    private String site;
    private String blog;
    private StreamId stream;

    @BeforeEach
    void open() {
        channel = new StatsChannel(root.getPort());
        String id = UUID.randomUUID().toString();
        site = "upserts-" + id + ".example.org";
        blog = "blog.upserts-" + id + ".example.org";
        stream = stream(site, "file-1");
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
    }

    /** URL /page-0000 … /page-0999 with i + 1 hits, two browsers, a request group's hour, a section's minute. */
    private PartialAggregate manyKeys(long start, long end) {
        PartialAggregate.Builder batch = Aggregates.batch(stream, start, end)
                .addHourly(hour("2026-11-01T10:00:00Z", 3, 30, 3, 0, 0, 0, 0))
                .addHourly(hour("2026-11-01T11:00:00Z", 2, 20, 1, 1, 0, 0, 0))
                .addCountedKeys(periodKey(Dimension.DIMENSION_SECTION, Grain.GRAIN_MINUTE, "2026-11-01T10:07:00Z",
                        "/blog").setHits(3).setStatus4Xx(1))
                .addCountedKeys(periodKey(Dimension.DIMENSION_REQUEST_GROUP, Grain.GRAIN_HOUR,
                        "2026-11-01T10:00:00Z", "api").setHits(2).setLatencySumMicros(900).setLatencyCount(2))
                .addCountedKeys(dayKey(Dimension.DIMENSION_BROWSER, "2026-11-01", "Firefox", "", 4, 40))
                .addCountedKeys(dayKey(Dimension.DIMENSION_BROWSER, "2026-11-01", "Safari", "", 1, 10));
        IntStream.range(0, URLS).forEach(i -> batch.addCountedKeys(
                dayKey(Dimension.DIMENSION_URL, "2026-11-01", url(i), "", i + 1, 10L * (i + 1))));
        return batch.addRejections(withSamples("bad_request_line", 2, "\\x16\\x03", "GARBAGE"))
                .addOtherSites(SiteAggregate.newBuilder().setSite(blog).setTimeZone("UTC")
                        .addHourly(hour("2026-11-01T10:00:00Z", 1, 5, 1, 0, 0, 0, 0))
                        .addCountedKeys(dayKey(Dimension.DIMENSION_URL, "2026-11-01", "/post", "", 1, 5)))
                .build();
    }

    private static String url(int i) {
        return "/page-%04d".formatted(i);
    }

    /** The URL rows after the commits of manyKeys, each adding its hits and bytes. */
    private static List<String> urlRows(int commits) {
        return IntStream.range(0, URLS).mapToObj(i -> "URL|2026-11-01|" + url(i) + "||" + commits * (i + 1) + "|"
                + commits * 10L * (i + 1) + "|0|0|0|0|0|0|0").toList();
    }

    @Test
    void commitWithManyKeysOfSeveralDimensionsWritesExactlyTheirRows() {
        assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED, channel.stats().commit(manyKeys(0, 100)).getStatus());
        assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED, channel.stats().commit(manyKeys(100, 200)).getStatus());

        assertEquals(List.of("2026-11-01T10:00:00Z|2026-11-01|6|60|6|0|0|0|0",
                "2026-11-01T11:00:00Z|2026-11-01|4|40|2|2|0|0|0"), RollupTables.hourly(site));
        List<String> daily = new ArrayList<>(List.of(
                "BROWSER|2026-11-01|Firefox||8|80|0|0|0|0|0|0|0", "BROWSER|2026-11-01|Safari||2|20|0|0|0|0|0|0|0"));
        daily.addAll(urlRows(2));
        assertEquals(daily, RollupTables.counts(site, "daily_counts", "local_date"));
        assertEquals(List.of("REQUEST_GROUP|2026-11-01T10:00:00Z|api||4|0|0|0|0|0|0|1800|4"),
                RollupTables.counts(site, "hourly_counts", "hour_start"));
        assertEquals(List.of("SECTION|2026-11-01T10:07:00Z|/blog||6|0|0|0|2|0|0|0|0"),
                RollupTables.counts(site, "minute_counts", "minute_start"));
        assertEquals(List.of("bad_request_line|4|\\x16\\x03"), RollupTables.rejections(site));
        assertEquals(List.of("2026-11-01T10:00:00Z|2026-11-01|2|10|2|0|0|0|0"), RollupTables.hourly(blog));
        assertEquals(List.of("URL|2026-11-01|/post||2|10|0|0|0|0|0|0|0"),
                RollupTables.counts(blog, "daily_counts", "local_date"));
    }

    @Test
    void resentBatchWithManyKeysChangesNothing() {
        channel.stats().commit(manyKeys(0, 100));
        List<List<String>> siteBefore = RollupTables.everything(site);
        List<List<String>> blogBefore = RollupTables.everything(blog);

        assertEquals(CommitStatus.COMMIT_STATUS_DUPLICATE, channel.stats().commit(manyKeys(0, 100)).getStatus());

        assertEquals(siteBefore, RollupTables.everything(site));
        assertEquals(blogBefore, RollupTables.everything(blog));
        assertEquals(urlRows(1), RollupTables.counts(site, "daily_counts", "local_date").subList(2, 2 + URLS));
    }
}
