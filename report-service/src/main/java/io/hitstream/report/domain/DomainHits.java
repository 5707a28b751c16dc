package io.hitstream.report.domain;

/** Hits of one client domain (or client address without one) over a report's range. */
public record DomainHits(String domain, long hits) implements RankedHits {
    @Override
    public String key() {
        return domain;
    }
}
