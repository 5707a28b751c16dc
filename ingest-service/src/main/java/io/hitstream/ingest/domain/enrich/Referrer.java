package io.hitstream.ingest.domain.enrich;

/**
 * Where a hit came from.
 *
 * @param kind         none (typed, bookmarked, or not a web address), a page of the same site, or another site
 * @param url          for an external referrer its URL without query string or fragment (AWStats keeps the same:
 *                     the query holds search terms and session ids, which would make every hit its own key); for
 *                     an internal one the path of the referring page, the page that holds a bad link; else empty
 * @param domain       an external referrer's registrable domain (its host when it has none, e.g. an address)
 * @param searchEngine the search engine an external referrer belongs to, or empty
 */
public record Referrer(Kind kind, String url, String domain, String searchEngine) {
    /** No referrer. */
    public static final Referrer NONE = new Referrer(Kind.NONE, "", "", "");

    /** Whether, and from where, a hit was referred. */
    public enum Kind {
        NONE, INTERNAL, EXTERNAL
    }
}
