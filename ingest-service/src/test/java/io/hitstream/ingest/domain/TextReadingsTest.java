package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.Referrer;
import io.hitstream.ingest.domain.enrich.UserAgentClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReadingsTest {
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final DimensionRules RULES = new DimensionRules(
            HostAliases.of(Map.of("example.org", List.of("www.example.org"))), TestRules.USER_AGENTS,
            new PageFilter(PageFilter.DEFAULT_ASSET_EXTENSIONS), Map.of(), Map.of(), 100_000);

    private final TextReadings readings = new TextReadings(RULES, "example.org", 100, 10_000);

    @Test
    void anAgentIsWhatTheClassifierSaysItIs() {
        assertEquals(new UserAgentClass("Googlebot 2", "Other", "Robot", "Googlebot"), readings.agentOf(GOOGLEBOT));
    }

    @Test
    void anAgentReadAgainIsTheReadingOfItsFirstHit() {
        UserAgentClass first = readings.agentOf(GOOGLEBOT);

        assertSame(first, readings.agentOf(new String(GOOGLEBOT)));
    }

    @Test
    void aReferrerOnTheSitesOwnHostIsInternalToIt() {
        assertEquals(new Referrer(Referrer.Kind.INTERNAL, "/links.html", "", ""),
                readings.referrerOf("https://www.example.org/links.html?from=menu"));
    }

    @Test
    void aReferrerReadAgainIsTheReadingOfItsFirstHit() {
        Referrer first = readings.referrerOf("https://www.google.co.uk/search?q=x");

        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "https://www.google.co.uk/search", "google.co.uk", "Google"),
                first);
        assertSame(first, readings.referrerOf("https://www.google.co.uk/search?q=x"));
    }
}
