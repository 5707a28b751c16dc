package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.UserAgentClassifier;
import io.hitstream.proto.common.v1.StreamId;
import java.time.LocalDate;
import java.util.Map;

/** The rules of tests that count no request groups and know no aliases, built once: the user-agent parser takes seconds. */
final class TestRules {
    static final String SITE = "www.example.org";
    static final String WEB_HOST = "web-1";
    static final StreamId STREAM = StreamId.newBuilder().setHost(WEB_HOST).setSite(SITE).setFileId("f").build();
    /** The day of lines a batch rejects without counting any: 5 November 2026, days after the lines of the tests. */
    static final LocalDate UNDATED_DAY = LocalDate.of(2026, 11, 5);
    static final UserAgentClassifier USER_AGENTS = new UserAgentClassifier(1000);
    static final DimensionRules RULES = new DimensionRules(HostAliases.of(Map.of()), USER_AGENTS,
            new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS), Map.of(), Map.of(), 100_000);

    private TestRules() {
    }
}
