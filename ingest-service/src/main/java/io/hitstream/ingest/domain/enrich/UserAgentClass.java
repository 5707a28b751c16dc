package io.hitstream.ingest.domain.enrich;

/**
 * What a user-agent string says about the client, each value bounded.
 *
 * @param browser browser family and major version ({@code Chrome 120}), or the family alone, or {@code Other}
 * @param os      operating system family ({@code Windows}, {@code iOS}), or {@code Other}
 * @param device  device class: {@code Desktop}, {@code Phone}, {@code Tablet}, {@code Robot} or {@code Other}
 * @param crawler the crawler's name ({@code Googlebot}) when the client is a crawler, bot or script, else empty
 */
public record UserAgentClass(String browser, String os, String device, String crawler) {
    /** Whether the hit is a crawler's, which human figures leave out. */
    public boolean isCrawler() {
        return !crawler.isEmpty();
    }
}
