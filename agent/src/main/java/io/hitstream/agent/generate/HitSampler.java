package io.hitstream.agent.generate;

import io.hitstream.agent.generate.PathCatalog.Kind;
import io.hitstream.agent.generate.PathCatalog.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Makes up plausible requests: who asks for what, how, with which outcome, size and referrer. */
final class HitSampler {

    private static final double MISSING_SHARE = 0.015;
    private static final double QUERY_SHARE = 0.12;
    private static final int CLIENTS = 1_500;

    private static final WeightedPicker<String> PROTOCOLS =
            WeightedPicker.of(List.of("HTTP/1.1", "HTTP/2.0", "HTTP/1.0"), 70, 28, 2);
    private static final WeightedPicker<String> PAGE_METHODS =
            WeightedPicker.of(List.of("GET", "HEAD", "OPTIONS"), 97, 2.5, 0.5);
    private static final WeightedPicker<String> API_METHODS =
            WeightedPicker.of(List.of("GET", "POST", "PUT", "DELETE"), 70, 24, 4, 2);
    private static final WeightedPicker<Integer> GET_STATUSES =
            WeightedPicker.of(List.of(200, 304, 301, 302, 403, 404, 500), 76, 14, 2, 2, 0.5, 4.5, 1);
    private static final WeightedPicker<Integer> WRITE_STATUSES =
            WeightedPicker.of(List.of(200, 201, 302, 400, 500), 70, 10, 12, 5, 3);
    private static final List<String> SEARCH_REFERRERS = List.of("https://www.google.com/",
            "https://www.bing.com/search?q=example", "https://duckduckgo.com/", "https://search.yahoo.com/");
    private static final List<String> EXTERNAL_REFERRERS = List.of("https://news.example.net/item?id=48213",
            "https://forum.example.com/thread/1742", "https://www.example.net/links.html",
            "https://social.example.com/@someone/113500000000");
    private static final List<String> QUERIES = List.of("?utm_source=newsletter&utm_medium=email", "?ref=home",
            "?page=2", "?lang=de", "?sort=price&order=asc", "?color=blue&size=m");
    private static final List<String> SEARCH_TERMS = List.of("coffee", "opening+hours", "gift+card", "returns",
            "caf%C3%A9", "size+guide");

    private final PathCatalog catalog;
    private final ClientPool clients;

    HitSampler(Random random) {
        this.catalog = new PathCatalog(random);
        this.clients = new ClientPool(random, CLIENTS);
    }

    /** The clients the hits come from, the busiest first. */
    List<ClientPool.Client> clients() {
        return clients.clients();
    }

    Hit hit(String site, Instant time, Random random) {
        ClientPool.Client client = clients.pick(random);
        String protocol = PROTOCOLS.pick(random);
        if (random.nextDouble() < MISSING_SHARE) {
            String path = PathCatalog.MISSING.get(random.nextInt(PathCatalog.MISSING.size()));
            return new Hit(client.address(), "-", time, "GET", path, protocol, 404,
                    PathCatalog.between(random, 150, 1_200), "-", client.userAgent());
        }
        Resource resource = catalog.pick(random);
        String method = method(resource, random);
        int status = status(method, resource.kind(), random);
        String user = resource.path().startsWith("/admin/") && status == 200 ? "editor" : "-";
        return new Hit(client.address(), user, time, method, target(resource, random), protocol, status,
                size(method, status, resource, random), referrer(site, resource.kind(), random), client.userAgent());
    }

    private static String method(Resource resource, Random random) {
        if (resource.kind() == Kind.API) {
            return API_METHODS.pick(random);
        }
        if (resource.path().equals("/login") || resource.path().equals("/checkout")) {
            return random.nextBoolean() ? "POST" : "GET";
        }
        return PAGE_METHODS.pick(random);
    }

    private static int status(String method, Kind kind, Random random) {
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            return WRITE_STATUSES.pick(random);
        }
        int status = GET_STATUSES.pick(random);
        return status == 304 && (kind == Kind.API || !method.equals("GET")) ? 200 : status;
    }

    private static long size(String method, int status, Resource resource, Random random) {
        if (status == 304 || method.equals("HEAD") || method.equals("OPTIONS")) {
            return -1;
        }
        return switch (status) {
            case 200 -> resource.kind() == Kind.PAGE || resource.kind() == Kind.API
                    ? resource.size() + random.nextInt(200) : resource.size();
            case 301, 302 -> PathCatalog.between(random, 230, 420);
            case 404, 403, 400 -> PathCatalog.between(random, 150, 1_200);
            default -> PathCatalog.between(random, 300, 700);
        };
    }

    private static String target(Resource resource, Random random) {
        if (resource.path().equals("/search")) {
            return "/search?q=" + SEARCH_TERMS.get(random.nextInt(SEARCH_TERMS.size())) + "&page=" + (1 + random.nextInt(3));
        }
        if (resource.kind() == Kind.API && random.nextBoolean()) {
            return resource.path() + "?limit=20&offset=" + 20 * random.nextInt(5);
        }
        if (resource.kind() == Kind.PAGE && random.nextDouble() < QUERY_SHARE) {
            return resource.path() + QUERIES.get(random.nextInt(QUERIES.size()));
        }
        return resource.path();
    }

    private String referrer(String site, Kind kind, Random random) {
        double draw = random.nextDouble();
        if (kind == Kind.ASSET || kind == Kind.IMAGE) {
            return draw < 0.85 ? internalReferrer(site, random) : "-";
        }
        if (draw < 0.35) {
            return "-";
        }
        if (draw < 0.65) {
            return internalReferrer(site, random);
        }
        if (draw < 0.85) {
            return SEARCH_REFERRERS.get(random.nextInt(SEARCH_REFERRERS.size()));
        }
        return EXTERNAL_REFERRERS.get(random.nextInt(EXTERNAL_REFERRERS.size()));
    }

    private String internalReferrer(String site, Random random) {
        return "https://" + site + catalog.pickPage(random).path();
    }
}
