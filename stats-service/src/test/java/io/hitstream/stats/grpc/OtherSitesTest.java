package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.dayKey;
import static io.hitstream.stats.grpc.Aggregates.hour;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static io.hitstream.stats.grpc.Aggregates.withSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.SiteAggregate;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch whose lines named other sites (virtual hosts) commits every site's rows in the one transaction of its
 * stream's offset: exactly once, and all or nothing.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class OtherSitesTest {
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
        site = "vhosts-" + id + ".example.org";
        blog = "blog.vhosts-" + id + ".example.org";
        stream = stream(site, "file-1");
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
    }

    /** Two lines of the stream's site, three of the blog (Berlin time, one repaired), one rejected. */
    private PartialAggregate twoSites() {
        return Aggregates.batch(stream, 0, 600)
                .setAcceptedLines(5).setRejectedLines(1)
                .addHourly(hour("2026-11-01T10:00:00Z", 2, 20, 2, 0, 0, 0, 0))
                .addCountedKeys(dayKey(Dimension.DIMENSION_URL, "2026-11-01", "/", "", 2, 20))
                .addRejections(withSamples("unknown_site", 1, "other.example.net:80 192.0.2.9 ..."))
                .addOtherSites(SiteAggregate.newBuilder().setSite(blog).setTimeZone("Europe/Berlin")
                        .addHourly(hour("2026-11-01T10:00:00Z", 3, 30, 2, 0, 1, 0, 0))
                        .addCountedKeys(dayKey(Dimension.DIMENSION_URL, "2026-11-01", "/post", "", 3, 30))
                        .addRepairs(withSamples("quote_repaired", 1, "blog:443 192.0.2.9 \"GET /post")))
                .build();
    }

    @Test
    void oneBatchCommitsTheRowsOfEverySiteItNamed() {
        assertEquals(CommitStatus.COMMIT_STATUS_COMMITTED, channel.stats().commit(twoSites()).getStatus());

        assertEquals(List.of(site + "|UTC"), RollupTables.site(site));
        assertEquals(List.of(blog + "|Europe/Berlin"), RollupTables.site(blog));
        assertEquals(List.of("2026-11-01T10:00:00Z|2026-11-01|2|20|2|0|0|0|0"), RollupTables.hourly(site));
        assertEquals(List.of("2026-11-01T10:00:00Z|2026-11-01|3|30|2|0|1|0|0"), RollupTables.hourly(blog));
        assertEquals(List.of("2026-11-01|/|2"), RollupTables.urlHits(site));
        assertEquals(List.of("2026-11-01|/post|3"), RollupTables.urlHits(blog));
        assertEquals(List.of("unknown_site|1|other.example.net:80 192.0.2.9 ..."), RollupTables.rejections(site));
        assertEquals(List.of(), RollupTables.rejections(blog));
        assertEquals(List.of("quote_repaired|1|blog:443 192.0.2.9 \"GET /post"), RollupTables.lineRepairs(blog));
        assertEquals(List.of("web-01.example.org|file-1|600"), RollupTables.ledger(site));
        assertEquals(List.of(), RollupTables.ledger(blog));
    }

    @Test
    void oneBatchMovesTheDataVersionOfEverySiteItNamedOnceAndAResentOneMovesNone() {
        channel.stats().commit(twoSites());
        channel.stats().commit(twoSites());

        assertEquals(List.of("1"), RollupTables.dataVersion(site));
        assertEquals(List.of("1"), RollupTables.dataVersion(blog));
    }

    @Test
    void resentBatchChangesNoSite() {
        channel.stats().commit(twoSites());
        List<List<String>> siteBefore = RollupTables.everything(site);
        List<List<String>> blogBefore = RollupTables.everything(blog);

        assertEquals(CommitStatus.COMMIT_STATUS_DUPLICATE, channel.stats().commit(twoSites()).getStatus());

        assertEquals(siteBefore, RollupTables.everything(site));
        assertEquals(blogBefore, RollupTables.everything(blog));
    }

    @Test
    void otherSiteNamedAsTheStreamsOwnIsRefusedAndNothingIsWritten() {
        PartialAggregate own = twoSites().toBuilder()
                .setOtherSites(0, twoSites().getOtherSites(0).toBuilder().setSite(site)).build();

        StatusRuntimeException refusal = assertThrows(StatusRuntimeException.class, () -> channel.stats().commit(own));

        assertEquals(Status.Code.INVALID_ARGUMENT, refusal.getStatus().getCode());
        assertEquals("other_sites[0].site '" + site + "' is the stream's own, whose lines are the aggregate's own"
                + " fields", refusal.getStatus().getDescription());
        assertEquals(RollupTables.NOTHING, RollupTables.everything(site));
    }

    @Test
    void otherSiteGivenTwiceIsRefusedAndNothingIsWritten() {
        PartialAggregate twice = twoSites().toBuilder().addOtherSites(twoSites().getOtherSites(0)).build();

        StatusRuntimeException refusal = assertThrows(StatusRuntimeException.class, () -> channel.stats().commit(twice));

        assertEquals("other_sites[1].site '" + blog + "' is given twice", refusal.getStatus().getDescription());
        assertEquals(RollupTables.NOTHING, RollupTables.everything(blog));
    }

    @Test
    void otherSiteWithoutNameOrWithAWrongPartIsRefusedNamingTheField() {
        PartialAggregate nameless = twoSites().toBuilder()
                .setOtherSites(0, twoSites().getOtherSites(0).toBuilder().setSite(" ")).build();
        PartialAggregate notAnHour = twoSites().toBuilder()
                .setOtherSites(0, twoSites().getOtherSites(0).toBuilder()
                        .setHourly(0, hour("2026-11-01T10:30:00Z", 1, 1, 1, 0, 0, 0, 0))).build();

        assertEquals("other_sites[0].site must not be blank", assertThrows(StatusRuntimeException.class,
                () -> channel.stats().commit(nameless)).getStatus().getDescription());
        assertEquals("other_sites[0].hourly[0].hour_start_epoch_second 1793529000 is 2026-11-01T11:30 in"
                + " Europe/Berlin, not the start of an hour", assertThrows(StatusRuntimeException.class,
                () -> channel.stats().commit(notAnHour)).getStatus().getDescription());
        assertEquals(RollupTables.NOTHING, RollupTables.everything(site));
    }
}
