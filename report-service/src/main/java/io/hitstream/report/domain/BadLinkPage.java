package io.hitstream.report.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of a site with the links on it that answered 404 (the bad-links report: what its owner must fix).
 *
 * @param page the referring page, a page of the same site
 * @param links the 404 URLs it linked, most hits first, ties in URL order
 * @param hits the hits on all of them
 */
public record BadLinkPage(String page, List<UrlHits> links, long hits) {

    public BadLinkPage {
        links = List.copyOf(links);
    }

    /**
     * Groups counted keys of {@code NOT_FOUND_FROM} (key: the 404 URL, key2: the page linking it) by page, pages in
     * code point order.
     */
    public static List<BadLinkPage> group(List<KeyCount> notFoundFrom) {
        Map<String, List<UrlHits>> byPage = new LinkedHashMap<>();
        notFoundFrom.stream()
                .sorted(Comparator.comparing(KeyCount::key2).thenComparing(Comparator.comparingLong(KeyCount::hits)
                        .reversed()).thenComparing(KeyCount::key))
                .forEach(row -> byPage.computeIfAbsent(row.key2(), page -> new ArrayList<>())
                        .add(new UrlHits(row.key(), row.hits())));
        return byPage.entrySet().stream()
                .map(page -> new BadLinkPage(page.getKey(), page.getValue(),
                        page.getValue().stream().mapToLong(UrlHits::hits).sum()))
                .toList();
    }
}
