package io.hitstream.ingest.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * What the paths, agents and referrers of one Ship stream's hits are, per site they are counted under, kept across
 * the stream's batches as its parser is: a stream sends mostly the same texts batch after batch, and reading them
 * again each batch was an eighth of a line's cost. Bounded ({@link KeptReadings}); used by one batch at a time.
 */
public final class StreamReadings {
    /** Texts of each kind kept per site: as many as the parser keeps (its interned texts are these keys). */
    static final int MAX_TEXTS = 8_192;
    /** Characters of each kind's texts kept per site, so that long texts cannot make a stream hold many MiB. */
    static final long MAX_CHARS = 512 * 1024;
    /** Sites whose readings a stream keeps; past it, all are dropped and read again. */
    static final int MAX_SITES = 64;
    /**
     * Characters of every site's and kind's texts a stream keeps when a batch begins a site's tally; past it, all are
     * dropped and read again. Without it a stream counting under many sites (virtual hosts) could keep each site's
     * bound: a single site's paths, agents and referrers of the e2e log are some 370 Ki characters.
     */
    static final long MAX_STREAM_CHARS = 1024 * 1024;

    private final DimensionRules rules;
    private final Map<String, SiteReadings> sites = new HashMap<>();

    public StreamReadings(DimensionRules rules) {
        this.rules = rules;
    }

    /** The readings of hits counted under {@code site}. */
    SiteReadings of(String site) {
        // Readings dropped here stay with the tallies already using them; they are only no longer kept.
        if (chars() > MAX_STREAM_CHARS) {
            sites.clear();
        }
        SiteReadings readings = sites.get(site);
        if (readings == null) {
            if (sites.size() >= MAX_SITES) {
                sites.clear();
            }
            readings = new SiteReadings(new TextReadings(rules, rules.siteOf(site), MAX_TEXTS, MAX_CHARS),
                    new PathReadings(rules.pages(), rules.requestGroupsOf(site), MAX_TEXTS, MAX_CHARS));
            sites.put(site, readings);
        }
        return readings;
    }

    /** The characters of the texts kept for every site. */
    long chars() {
        return sites.values().stream().mapToLong(SiteReadings::chars).sum();
    }

    /** The readings of one site's texts and paths. */
    record SiteReadings(TextReadings texts, PathReadings paths) {
        long chars() {
            return texts.chars() + paths.chars();
        }
    }
}
