package io.hitstream.report.domain;

/** Hits of one URL path over a report's range. */
public record UrlHits(String url, long hits) implements RankedHits {
    @Override
    public String key() {
        return url;
    }
}
