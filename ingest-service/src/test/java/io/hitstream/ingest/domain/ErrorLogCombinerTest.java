package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.ingest.KeyOrder;
import io.hitstream.ingest.peer.AggregateMessages;
import io.hitstream.logformat.ErrorLogFormat;
import io.hitstream.logformat.ErrorLogParser;
import io.hitstream.logformat.ParserLimits;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CountedKey;
import io.hitstream.proto.stats.v1.Dimension;
import io.hitstream.proto.stats.v1.PartialAggregate;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ErrorLogCombinerTest {

    private static final String LOG = """
            [Tue Mar 05 10:02:00.123456 2024] [core:error] [pid 1234:tid 140245] [client 192.0.2.1:51234] AH00126: Invalid URI
            2024/03/05 10:02:01 [error] 123#0: *1 open() "/x" failed (2: No such file or directory), client: 192.0.2.1
            2024/03/05 23:59:59 [warn] 123#0: *2 an upstream response is buffered to a temporary file
            2024/03/06 00:00:00 [error] 123#0: *3 upstream timed out (110: Connection timed out)
            PHP Fatal error:  Uncaught Exception in /var/www/index.php:3
            """;

    @Test
    void linesAreCountedPerLocalDayAndLevelAndNeverAsHits() {
        PartialAggregate aggregate = aggregate(LOG);

        assertEquals(Map.of("2024-03-05 error", 2L, "2024-03-05 warn", 1L, "2024-03-06 error", 1L), errorLevels(aggregate));
        assertEquals(List.of(), aggregate.getHourlyList());
        assertEquals(4, aggregate.getAcceptedLines());
    }

    @Test
    void lineThatIsNoErrorLogLineIsRejectedWithItsReason() {
        PartialAggregate aggregate = aggregate(LOG);

        assertEquals(1, aggregate.getRejectedLines());
        assertEquals("not_matching_format", aggregate.getRejections(0).getReason());
        assertEquals("PHP Fatal error:  Uncaught Exception in /var/www/index.php:3", aggregate.getRejections(0).getSample());
    }

    @Test
    void aRejectedLineCountsOnTheDayOfTheErrorLineBeforeIt() {
        List<String> rejections = KeyOrder.sorted(aggregate(LOG).getCountedKeysList()).stream()
                .filter(key -> key.getDimension() == Dimension.DIMENSION_REJECTION_REASON)
                .map(key -> key.getLocalDate() + " " + key.getKey() + " " + key.getHits()).toList();

        assertEquals(List.of("2024-03-06 not_matching_format 1"), rejections);
    }

    private static Map<String, Long> errorLevels(PartialAggregate aggregate) {
        Map<String, Long> levels = new TreeMap<>();
        for (CountedKey key : KeyOrder.sorted(aggregate.getCountedKeysList())) {
            if (key.getDimension() == Dimension.DIMENSION_ERROR_LEVEL) {
                levels.put(key.getLocalDate() + " " + key.getKey(), key.getHits());
            }
        }
        return levels;
    }

    private static PartialAggregate aggregate(String log) {
        ErrorLogCombiner combiner = new ErrorLogCombiner(new ErrorLogParser(ErrorLogFormat.EITHER, ParserLimits.DEFAULTS),
                ZoneId.of("Europe/Berlin"), TestRules.RULES, TestRules.SITE, TestRules.WEB_HOST);
        BatchTally tally = combiner.combine(log.getBytes(StandardCharsets.UTF_8));
        return AggregateMessages.of(StreamId.getDefaultInstance(), 0, log.length(), tally, ClientDomains.NONE,
                TestRules.UNDATED_DAY);
    }
}
