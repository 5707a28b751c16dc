package io.hitstream.stats.grpc;

import static io.hitstream.stats.grpc.Aggregates.batch;
import static io.hitstream.stats.grpc.Aggregates.stream;
import static io.hitstream.stats.grpc.Aggregates.withSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
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

@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class SamplesTest {
    @TestHTTPResource("/")
    URL root;

    private StatsChannel channel;
    private String site;
    private StreamId stream;

    @BeforeEach
    void open() {
        channel = new StatsChannel(root.getPort());
        site = "samples-" + UUID.randomUUID() + ".example.org";
        stream = stream(site, "file-1");
    }

    @AfterEach
    void close() throws InterruptedException {
        channel.close();
    }

    @Test
    void repairsAreCountedPerReasonWithTheirSamples() {
        channel.stats().commit(batch(stream, 0, 100).setAcceptedLines(3)
                .addRepairs(withSamples("field_truncated", 2, "long a", "long b"))
                .addRepairs(withSamples("quote_repaired", 1, "a \"b"))
                .build());
        channel.stats().commit(batch(stream, 100, 200).setAcceptedLines(1)
                .addRepairs(withSamples("quote_repaired", 1, "c \"d"))
                .build());

        assertEquals(List.of("field_truncated|2|long a", "quote_repaired|2|c \"d"), RollupTables.lineRepairs(site));
        assertEquals(List.of("field_truncated|long a", "field_truncated|long b", "quote_repaired|a \"b",
                "quote_repaired|c \"d"), RollupTables.repairSamples(site));
        assertEquals(List.of(), RollupTables.rejections(site));
    }

    @Test
    void onlyTheFiveMostRecentSamplesOfAReasonAreKept() {
        channel.stats().commit(batch(stream, 0, 100).setRejectedLines(4)
                .addRejections(withSamples("not_matching_format", 4, "junk 1", "junk 2", "junk 3", "junk 4"))
                .addRejections(withSamples("bad_status", 1, "status 1"))
                .build());
        channel.stats().commit(batch(stream, 100, 200).setRejectedLines(3)
                .addRejections(withSamples("not_matching_format", 3, "junk 5", "junk 6", "junk 7"))
                .build());

        assertEquals(List.of("bad_status|status 1", "not_matching_format|junk 3", "not_matching_format|junk 4",
                "not_matching_format|junk 5", "not_matching_format|junk 6", "not_matching_format|junk 7"),
                RollupTables.rejectionSamples(site));
        assertEquals(List.of("bad_status|1|status 1", "not_matching_format|7|junk 5"), RollupTables.rejections(site));
    }

    @Test
    void duplicateBatchAddsNoSamples() {
        var aggregate = batch(stream, 0, 100).setRejectedLines(1)
                .addRejections(withSamples("not_matching_format", 1, "junk")).build();

        channel.stats().commit(aggregate);

        assertEquals(CommitStatus.COMMIT_STATUS_DUPLICATE, channel.stats().commit(aggregate).getStatus());
        assertEquals(List.of("not_matching_format|junk"), RollupTables.rejectionSamples(site));
    }

    @Test
    void rejectionOfAnOlderSenderKeepsItsSampleAsASample() {
        channel.stats().commit(batch(stream, 0, 100).setRejectedLines(1)
                .addRejections(Aggregates.rejection("bad_timestamp", 1, "old sender line")).build());

        assertEquals(List.of("bad_timestamp|old sender line"), RollupTables.rejectionSamples(site));
    }
}
