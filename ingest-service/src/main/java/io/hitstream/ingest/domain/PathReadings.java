package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.domain.enrich.Sections;
import java.util.List;

/**
 * What a site's request paths are, each distinct path read once while it is kept ({@link KeptReadings}): its
 * section, whether it is a page, and the request-group rules its path matches (the method is matched per hit). Each
 * hit cut its path's query, lower-cased its extension and ran every rule's regex on it. Kept per stream and site
 * ({@link StreamReadings}), used by one batch at a time.
 */
final class PathReadings {
    private final PageFilter pages;
    private final RequestGroups requestGroups;
    private final KeptReadings<PathReading> readings;

    /** Readings of paths, at most {@code maxPaths} of at most {@code maxChars} characters in all kept. */
    PathReadings(PageFilter pages, RequestGroups requestGroups, int maxPaths, long maxChars) {
        this.pages = pages;
        this.requestGroups = requestGroups;
        this.readings = new KeptReadings<>(maxPaths, maxChars, this::read);
    }

    /** The reading of a path key. */
    PathReading of(String path) {
        return readings.of(path);
    }

    /** The characters of the paths kept. */
    long chars() {
        return readings.chars();
    }

    private PathReading read(String path) {
        return new PathReading(path, Sections.of(path), pages.isPage(path), requestGroups.rulesOf(path));
    }

    /**
     * A path read.
     *
     * @param path       the path as a key
     * @param groupRules the site's request-group rules whose path pattern the path matches, in their order
     */
    record PathReading(String path, String section, boolean page, List<RequestGroupRule> groupRules) {
    }
}
