package io.hitstream.resolver.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DomainPartsTest {

    @Test
    void registrableDomainSitsUnderAMultiLabelPublicSuffix() {
        assertEquals(new DomainParts("example.co.uk", "uk"), DomainParts.of("web1.cs.example.co.uk"));
    }

    @Test
    void cloudHostBelongsToTheProvidersDomainNotToAPrivateSuffix() {
        assertEquals(new DomainParts("amazonaws.com", "com"),
                DomainParts.of("ec2-1-2-3-4.compute-1.amazonaws.com"));
    }

    @Test
    void publicSuffixItselfHasNoRegistrableDomain() {
        assertEquals(new DomainParts("", "uk"), DomainParts.of("co.uk"));
    }

    @Test
    void unknownTopLevelDomainHasNoRegistrableDomain() {
        assertEquals(new DomainParts("", "internal"), DomainParts.of("host.corp.internal"));
    }

    @Test
    void singleLabelHasNoTopLevelDomain() {
        assertEquals(new DomainParts("", ""), DomainParts.of("localhost"));
    }

    @Test
    void invalidDomainNameHasNoParts() {
        assertEquals(new DomainParts("", ""), DomainParts.of("bad..example.com"));
    }
}
