package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PathReadingsTest {
    private static final RequestGroupRule ORDER_WRITES =
            new RequestGroupRule("POST", Pattern.compile("/api/orders(/.*)?"), "order-writes", 800);
    private static final RequestGroupRule API = new RequestGroupRule("", Pattern.compile("/api/.*"), "api", 300);

    private final PathReadings readings = new PathReadings(new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS),
            new RequestGroups(List.of(ORDER_WRITES, API)), 100, 10_000);

    @Test
    void aPathIsReadForItsSectionPageAndTheGroupRulesItsPathMatches() {
        assertEquals(new PathReadings.PathReading("/api/orders/7", "/api", true, List.of(ORDER_WRITES, API)),
                readings.of("/api/orders/7"));
    }

    @Test
    void anAssetIsNoPageAndAPathNoRuleMatchesHasNoRules() {
        assertEquals(new PathReadings.PathReading("/static/site.CSS", "/static", false, List.of()),
                readings.of("/static/site.CSS"));
    }

    @Test
    void aPathReadAgainIsTheReadingOfItsFirstHit() {
        PathReadings.PathReading first = readings.of("/api/users/1");

        assertSame(first, readings.of(new String("/api/users/1")));
    }
}
