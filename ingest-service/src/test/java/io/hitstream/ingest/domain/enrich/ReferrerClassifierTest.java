package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferrerClassifierTest {
    private static final String SITE = "example.org";

    private final ReferrerClassifier referrers =
            new ReferrerClassifier(HostAliases.of(Map.of(SITE, List.of("www.example.org"))));

    @Test
    void googleInACountryDomainIsTheSearchEngineGoogle() {
        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "https://www.google.co.uk/search", "google.co.uk", "Google"),
                referrers.classify(SITE, "https://www.google.co.uk/search?q=x"));
    }

    @Test
    void anExternalUrlKeepsItsPathButNotItsQueryOrFragment() {
        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "https://news.example.com/a/b", "example.com", ""),
                referrers.classify(SITE, "https://news.example.com/a/b?session=1#top"));
    }

    @Test
    void theHostOfAnExternalUrlIsLowerCaseWithoutPortOrUser() {
        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "http://blog.example.net/", "example.net", ""),
                referrers.classify(SITE, "HTTP://user:pw@Blog.Example.NET:8080"));
    }

    @Test
    void aPageOfTheSameSiteIsInternalAndNamesThePage() {
        assertEquals(new Referrer(Referrer.Kind.INTERNAL, "/links.html", "", ""),
                referrers.classify(SITE, "https://www.example.org/links.html?from=menu"));
    }

    @Test
    void anotherSitesPageIsExternalEvenWhenWeKnowThatSite() {
        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "https://www.example.org/", "example.org", ""),
                referrers.classify("shop.example.com", "https://www.example.org/"));
    }

    @Test
    void aReferrerReadOnceForOneSiteIsStillExternalForAnother() {
        referrers.classify(SITE, "https://www.example.org/links.html");
        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "https://www.example.org/links.html", "example.org", ""),
                referrers.classify("shop.example.com", "https://www.example.org/links.html?from=shop"));
    }

    @Test
    void aDashIsNoReferrer() {
        assertEquals(Referrer.NONE, referrers.classify(SITE, "-"));
    }

    @Test
    void textThatIsNoAbsoluteUrlIsNoReferrer() {
        assertEquals(Referrer.NONE, referrers.classify(SITE, "www.example.com/page"));
    }

    @Test
    void aUrlWithoutHostIsNoReferrer() {
        assertEquals(Referrer.NONE, referrers.classify(SITE, "https:///path"));
    }

    @Test
    void anAddressIsItsOwnDomain() {
        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "http://192.0.2.9/admin", "192.0.2.9", ""),
                referrers.classify(SITE, "http://192.0.2.9/admin"));
    }

    @Test
    void anIpv6AddressKeepsItsBracketsInTheUrl() {
        assertEquals(new Referrer(Referrer.Kind.EXTERNAL, "http://[2001:db8::9]/", "2001:db8::9", ""),
                referrers.classify(SITE, "http://[2001:DB8::9]:8080/?x=1"));
    }

    @Test
    void aMailHostOfASearchEngineIsNoSearch() {
        assertEquals("", referrers.classify(SITE, "https://mail.google.com/mail/u/0/").searchEngine());
    }

    @Test
    void yahooSearchesUnderACountryPrefix() {
        assertEquals("Yahoo", referrers.classify(SITE, "https://uk.search.yahoo.com/search?p=x").searchEngine());
    }

    @Test
    void yahooOutsideItsSearchHostIsNoSearch() {
        assertEquals("", referrers.classify(SITE, "https://finance.yahoo.com/").searchEngine());
    }

    @Test
    void duckDuckGoBingAndYandexAreEngines() {
        assertEquals("DuckDuckGo", referrers.classify(SITE, "https://duckduckgo.com/").searchEngine());
        assertEquals("Bing", referrers.classify(SITE, "https://www.bing.com/search?q=x").searchEngine());
        assertEquals("Yandex", referrers.classify(SITE, "https://yandex.com.tr/search/?text=x").searchEngine());
    }

    @Test
    void anOverlongUrlIsCut() {
        String url = referrers.classify(SITE, "https://example.com/" + "a".repeat(10_000)).url();

        assertEquals(1024, url.length());
    }
}
