package io.hitstream.stats.domain;

/** A month marked dirty, with its site's data version when the mark was read: the version moves at every commit. */
public record DirtyMonth(SiteMonth month, long siteVersion) {
}
