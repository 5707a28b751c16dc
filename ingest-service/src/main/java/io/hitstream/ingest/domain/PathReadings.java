package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.domain.enrich.Sections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch's request paths are, each distinct path read once per batch: its section, whether it is a page,
 * and the request-group rules its path matches (the method is matched per hit). Each hit cut its path's query,
 * lower-cased its extension and ran every rule's regex on it. One per batch and site.
 */
final class PathReadings {
    private final PageFilter pages;
    private final RequestGroups requestGroups;
    private final Map<String, PathReading> readings = new HashMap<>();

    PathReadings(PageFilter pages, RequestGroups requestGroups) {
        this.pages = pages;
        this.requestGroups = requestGroups;
    }

    /** The reading of a path key. */
    PathReading of(String path) {
        return readings.computeIfAbsent(path, this::read);
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
