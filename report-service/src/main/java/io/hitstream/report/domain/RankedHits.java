package io.hitstream.report.domain;

/** One row of a ranking by hits: what was hit (a URL, a client domain, …) and how often. */
public interface RankedHits {
    /** What the row counts the hits of. */
    String key();

    /** The hits over the report's range. */
    long hits();
}
