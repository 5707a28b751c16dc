package io.hitstream.ingest.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ingest spreads its commits over every address of stats' name, and finds addresses added to it. */
@QuarkusTest
@QuarkusTestResource(value = StatsPool.class, restrictToAnnotatedClass = true)
class StatsBalancingTest {
    private static final Duration WAIT = Duration.ofSeconds(1);

    @Inject
    StatsPeer stats;
    StatsPool pool;

    @Test
    void anInstanceAddedToTheNameGetsEveryOtherCommitAfterTheNextRefresh() throws InterruptedException {
        commit(10);
        assertEquals(List.of(10, 0), counts(), "one address: every commit goes to it");

        pool.nameAlso(StatsPool.SECOND);
        Instant deadline = Instant.now().plusSeconds(15);
        while (pool.second().commits() == 0 && Instant.now().isBefore(deadline)) {
            commit(1);
            Thread.sleep(100);
        }
        List<Integer> before = counts();
        commit(10);
        List<Integer> after = counts();

        assertEquals(List.of(5, 5), List.of(after.get(0) - before.get(0), after.get(1) - before.get(1)),
                "two addresses: round_robin alternates");
    }

    private void commit(int batches) {
        StreamId stream = StreamId.newBuilder().setHost("web-1").setSite("www.example.org").setFileId("f").build();
        for (int i = 0; i < batches; i++) {
            stats.commit(PartialAggregate.newBuilder().setStream(stream).setStartOffset(0).setEndOffset(1).build())
                    .await().atMost(WAIT);
        }
    }

    private List<Integer> counts() {
        return List.of(pool.first().commits(), pool.second().commits());
    }
}
