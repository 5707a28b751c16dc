package io.hitstream.resolver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswerFactoryTest {
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final InetAddress ADDRESS = IpAddressText.parse("93.184.216.34");
    private final AnswerFactory answers = new AnswerFactory(CountryLookup.NONE,
            new CachePolicy(10, Duration.ofDays(42), Duration.ofDays(1), Duration.ofSeconds(30)));

    @Test
    void nameIsKeptForThePositiveTtlWithCountryFromItsCcTld() {
        CachedAnswer answer = answers.fromPtr(ADDRESS, PtrResult.name("www.example.de."), NOW);

        assertEquals(new CachedAnswer(new NameAnswer(Outcome.RESOLVED, "www.example.de", "example.de", "de", "DE"),
                Instant.parse("2026-12-13T12:00:00Z")), answer);
    }

    @Test
    void noNameIsKeptForTheNegativeTtl() {
        assertEquals(new CachedAnswer(NameAnswer.withoutName(Outcome.NO_NAME, ""), Instant.parse("2026-11-02T12:00:00Z")),
                answers.fromPtr(ADDRESS, PtrResult.noName(), NOW));
    }

    @Test
    void noAnswerIsKeptOnlyForTheRetryDelay() {
        assertEquals(new CachedAnswer(NameAnswer.withoutName(Outcome.TIMED_OUT, ""),
                Instant.parse("2026-11-01T12:00:30Z")), answers.fromPtr(ADDRESS, PtrResult.noAnswer(), NOW));
    }

    @Test
    void unusableNameCountsAsNoName() {
        assertEquals(Outcome.NO_NAME, answers.fromPtr(ADDRESS, PtrResult.name("bad\u0000name"), NOW).answer().outcome());
    }

    @Test
    void persistedRowKeepsItsOwnExpiry() {
        Instant expiresAt = Instant.parse("2026-11-20T00:00:00Z");

        assertEquals(new CachedAnswer(new NameAnswer(Outcome.RESOLVED, "web1.cs.example.co.uk", "example.co.uk", "uk",
                "GB"), expiresAt), answers.fromStored(ADDRESS, "web1.cs.example.co.uk", expiresAt));
    }
}
