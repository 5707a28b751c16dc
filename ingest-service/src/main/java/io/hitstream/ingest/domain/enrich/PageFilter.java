package io.hitstream.ingest.domain.enrich;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells pages from assets by the path's extension, as AWStats' {@code NotPageList} does: a hit whose last segment
 * ends in one of the asset extensions is not a page; everything else (no extension, {@code .html}, {@code .php}) is.
 */
public final class PageFilter {
    /** AWStats' {@code NotPageList}, plus the formats sites have served since (webp, fonts, source maps). */
    public static final Set<String> DEFAULT_ASSET_EXTENSIONS = Set.of(
            "css", "js", "class", "gif", "jpg", "jpeg", "png", "bmp", "ico", "rss", "xml", "swf",
            "svg", "webp", "woff", "woff2", "ttf", "eot", "map");

    private final Set<String> assetExtensions;

    /** A filter with these asset extensions, given without dot and in any case. */
    public PageFilter(Set<String> assetExtensions) {
        this.assetExtensions = assetExtensions.stream()
                .map(extension -> extension.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a request path is a page rather than an asset. */
    public boolean isPage(String path) {
        String bare = Keys.withoutQuery(path);
        int segment = bare.lastIndexOf('/') + 1;
        int dot = bare.lastIndexOf('.');
        if (dot < segment) {
            return true;
        }
        return !assetExtensions.contains(bare.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
