package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostAliasesTest {
    private final HostAliases aliases = HostAliases.of(Map.of("example.org", List.of("www.example.org", "EXAMPLE.net")));

    @Test
    void anAliasStandsForItsSite() {
        assertEquals("example.org", aliases.siteOf("www.example.org"));
    }

    @Test
    void caseAndPortAndTrailingDotDoNotMatter() {
        assertEquals("example.org", aliases.siteOf("WWW.Example.org.:8443"));
    }

    @Test
    void anAliasIsMatchedWhateverCaseItWasConfiguredIn() {
        assertEquals("example.org", aliases.siteOf("example.net"));
    }

    @Test
    void aHostThatIsNoAliasIsItsOwnSiteNormalised() {
        assertEquals("shop.example.com", aliases.siteOf(" Shop.Example.COM:80 "));
    }

    @Test
    void anIpv6LiteralLosesItsBracketsAndPort() {
        assertEquals("2001:db8::1", aliases.siteOf("[2001:DB8::1]:8080"));
    }

    @Test
    void anIpv6LiteralWithoutBracketsKeepsEveryGroup() {
        assertEquals("2001:db8::1", aliases.siteOf("2001:db8::1"));
    }

    @Test
    void anOverlongHostIsCutToTheLengthDnsAllows() {
        assertEquals(253, aliases.siteOf("a".repeat(10_000)).length());
    }

    @Test
    void oneAliasForTwoSitesIsRefused() {
        Map<String, List<String>> aliasesBySite = new LinkedHashMap<>();
        aliasesBySite.put("example.org", List.of("www.example.org"));
        aliasesBySite.put("example.com", List.of("WWW.example.org"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostAliases.of(aliasesBySite));

        assertEquals("host alias WWW.example.org is given for both example.org and example.com", e.getMessage());
    }
}
