package io.hitstream.ingest.domain.enrich;

import java.util.List;
import java.util.Set;

/**
 * The search engines referrers are counted under, by host. A host belongs to an engine when the label of its
 * registrable domain is the engine's ({@code google} in {@code www.google.co.uk}, so every country's domain of an
 * engine is the engine) and what comes before that domain is one of the engine's search hosts: {@code
 * mail.google.com} or {@code finance.yahoo.com} are not searches. An engine that searches on a host of its own
 * ({@code search.yahoo.com}) also does under any prefix to it: {@code uk.search.yahoo.com} is Yahoo.
 *
 * <table>
 * <caption>The engines</caption>
 * <tr><th>engine</th><th>domain label</th><th>search hosts under it</th></tr>
 * <tr><td>Google</td><td>google</td><td>(none), www</td></tr>
 * <tr><td>Bing</td><td>bing</td><td>(none), www, cn</td></tr>
 * <tr><td>DuckDuckGo</td><td>duckduckgo</td><td>(none), www, html, lite</td></tr>
 * <tr><td>Yahoo</td><td>yahoo</td><td>search</td></tr>
 * <tr><td>Yandex</td><td>yandex</td><td>(none), www</td></tr>
 * <tr><td>Baidu</td><td>baidu</td><td>(none), www, m</td></tr>
 * <tr><td>Ecosia</td><td>ecosia</td><td>(none), www</td></tr>
 * <tr><td>Qwant</td><td>qwant</td><td>(none), www, lite</td></tr>
 * <tr><td>Startpage</td><td>startpage</td><td>(none), www</td></tr>
 * <tr><td>Brave</td><td>brave</td><td>search</td></tr>
 * <tr><td>Naver</td><td>naver</td><td>search</td></tr>
 * <tr><td>Seznam</td><td>seznam</td><td>search</td></tr>
 * <tr><td>Ask</td><td>ask</td><td>(none), www</td></tr>
 * </table>
 */
final class SearchEngines {
    private static final List<Engine> ENGINES = List.of(
            new Engine("Google", "google", Set.of("", "www")),
            new Engine("Bing", "bing", Set.of("", "www", "cn")),
            new Engine("DuckDuckGo", "duckduckgo", Set.of("", "www", "html", "lite")),
            new Engine("Yahoo", "yahoo", Set.of("search")),
            new Engine("Yandex", "yandex", Set.of("", "www")),
            new Engine("Baidu", "baidu", Set.of("", "www", "m")),
            new Engine("Ecosia", "ecosia", Set.of("", "www")),
            new Engine("Qwant", "qwant", Set.of("", "www", "lite")),
            new Engine("Startpage", "startpage", Set.of("", "www")),
            new Engine("Brave", "brave", Set.of("search")),
            new Engine("Naver", "naver", Set.of("search")),
            new Engine("Seznam", "seznam", Set.of("search")),
            new Engine("Ask", "ask", Set.of("", "www")));

    private SearchEngines() {
    }

    /**
     * The engine of a host, or empty.
     *
     * @param subdomain   what the host has before its registrable domain ({@code www}), empty when nothing
     * @param domainLabel the registrable domain's own label ({@code google} of {@code google.co.uk})
     */
    static String engineOf(String subdomain, String domainLabel) {
        for (Engine engine : ENGINES) {
            if (engine.label.equals(domainLabel) && engine.searches(subdomain)) {
                return engine.name;
            }
        }
        return "";
    }

    private record Engine(String name, String label, Set<String> searchHosts) {
        boolean searches(String subdomain) {
            if (searchHosts.contains(subdomain)) {
                return true;
            }
            int dot = subdomain.indexOf('.');
            return dot >= 0 && searches(subdomain.substring(dot + 1)) && !searchHosts.contains("");
        }
    }
}
