package io.hitstream.ingest.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverAnswersTest {
    private static final Resolution EXAMPLE_NET = Resolution.newBuilder()
            .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_RESOLVED)
            .setHostName("host.example.net")
            .setRegistrableDomain("example.net")
            .setCountryCode("NL")
            .build();
    private static final Resolution NO_NAME = Resolution.newBuilder()
            .setOutcome(ResolveOutcome.RESOLVE_OUTCOME_NO_NAME)
            .build();

    @Test
    void eachAnswerBelongsToTheAddressAtItsPosition() {
        ClientDomains domains = ResolverAnswers.of(List.of("192.0.2.1", "192.0.2.2"),
                ResolveResponse.newBuilder().addAnswers(NO_NAME).addAnswers(EXAMPLE_NET).build());

        assertEquals("192.0.2.1", domains.domainOf("192.0.2.1"));
        assertEquals("example.net", domains.domainOf("192.0.2.2"));
    }

    @Test
    void anAnswerGivesTheCountryAndAnAddressWithoutOneIsUnknown() {
        ClientDomains domains = ResolverAnswers.of(List.of("192.0.2.1", "192.0.2.2"),
                ResolveResponse.newBuilder().addAnswers(NO_NAME).addAnswers(EXAMPLE_NET).build());

        assertEquals(List.of("unknown", "NL"), List.of(domains.countryOf("192.0.2.1"), domains.countryOf("192.0.2.2")));
    }

    @Test
    void aResponseThatDoesNotAnswerEveryAddressCountsAsNoAnswer() {
        ClientDomains domains = ResolverAnswers.of(List.of("192.0.2.1", "192.0.2.2"),
                ResolveResponse.newBuilder().addAnswers(EXAMPLE_NET).build());

        assertEquals("192.0.2.1", domains.domainOf("192.0.2.1"));
        assertEquals("192.0.2.2", domains.domainOf("192.0.2.2"));
    }

    @Test
    void chunksMergeIntoOneLookup() {
        ClientDomains domains = ClientDomains.merge(List.of(
                ResolverAnswers.of(List.of("192.0.2.1"), ResolveResponse.newBuilder().addAnswers(EXAMPLE_NET).build()),
                ResolverAnswers.of(List.of("192.0.2.2"), ResolveResponse.newBuilder().addAnswers(NO_NAME).build())));

        assertEquals("example.net", domains.domainOf("192.0.2.1"));
        assertEquals("192.0.2.2", domains.domainOf("192.0.2.2"));
    }
}
