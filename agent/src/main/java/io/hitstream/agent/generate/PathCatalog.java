package io.hitstream.agent.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The resources of a sample site (pages, assets, images, API endpoints, feeds), ranked by a skewed popularity. */
final class PathCatalog {

    /** What a resource is, which decides its methods, statuses, sizes and referrers. */
    enum Kind { PAGE, ASSET, IMAGE, API, FEED }

    /** A resource and the size of its body when served with 200. */
    record Resource(String path, Kind kind, long size) {
    }

    /** Paths that do not exist, as vulnerability scanners and stale links ask for them. */
    static final List<String> MISSING = List.of("/wp-login.php", "/.env", "/xmlrpc.php", "/phpmyadmin/",
            "/.git/config", "/admin.php", "/backup.zip", "/old/index.php", "/blog/2019/01/removed-post/",
            "/apple-touch-icon-precomposed.png");

    private static final double POPULARITY_EXPONENT = 1.05;
    private static final List<String> WORDS = List.of("autumn", "release", "guide", "notes", "coffee", "garden",
            "travel", "recipe", "winter", "update", "privacy", "design", "mobile", "launch", "review", "story",
            "market", "report", "energy", "bicycle", "harbor", "museum", "concert", "library");
    private static final int BLOG_POSTS = 70;
    private static final int PRODUCTS = 90;
    private static final int DOCS = 30;
    private static final int IMAGES = 60;
    private static final int API_ITEMS = 25;

    private final List<Resource> pages = new ArrayList<>();
    private final WeightedPicker<Resource> byPopularity;

    PathCatalog(Random random) {
        List<Resource> resources = new ArrayList<>();
        addFixed(resources, random);
        addNumbered(resources, random);
        Resource home = resources.remove(0);
        Collections.shuffle(resources, random);
        resources.add(0, home);
        for (Resource resource : resources) {
            if (resource.kind() == Kind.PAGE) {
                pages.add(resource);
            }
        }
        byPopularity = WeightedPicker.zipf(resources, POPULARITY_EXPONENT);
    }

    Resource pick(Random random) {
        return byPopularity.pick(random);
    }

    /** A page of the site, to serve as an internal referrer. */
    Resource pickPage(Random random) {
        return pages.get(random.nextInt(pages.size()));
    }

    private static void addFixed(List<Resource> resources, Random random) {
        for (String page : List.of("/", "/index.html", "/about/", "/contact/", "/pricing/", "/faq/", "/search",
                "/login", "/cart", "/checkout", "/blog/", "/products/", "/docs/", "/admin/", "/admin/reports")) {
            resources.add(new Resource(page, Kind.PAGE, between(random, 4_000, 60_000)));
        }
        for (String asset : List.of("/static/css/site.css", "/static/css/print.css", "/static/js/app.js",
                "/static/js/vendor.js", "/static/fonts/inter.woff2", "/favicon.ico", "/robots.txt")) {
            resources.add(new Resource(asset, Kind.ASSET, between(random, 300, 180_000)));
        }
        resources.add(new Resource("/feed.xml", Kind.FEED, between(random, 20_000, 90_000)));
        resources.add(new Resource("/sitemap.xml", Kind.FEED, between(random, 5_000, 40_000)));
        resources.add(new Resource("/api/v1/cart", Kind.API, between(random, 100, 3_000)));
    }

    private static void addNumbered(List<Resource> resources, Random random) {
        for (int i = 0; i < BLOG_POSTS; i++) {
            String path = String.format("/blog/2026/%02d/%s-%s-%d/", 1 + i % 10, word(random), word(random), i);
            resources.add(new Resource(path, Kind.PAGE, between(random, 8_000, 90_000)));
        }
        for (int i = 0; i < PRODUCTS; i++) {
            resources.add(new Resource("/products/" + (1001 + i), Kind.PAGE, between(random, 6_000, 50_000)));
        }
        for (int i = 0; i < DOCS; i++) {
            resources.add(new Resource("/docs/" + word(random) + "-" + i + ".html", Kind.PAGE,
                    between(random, 3_000, 40_000)));
        }
        for (int i = 0; i < IMAGES; i++) {
            resources.add(new Resource("/images/" + word(random) + "-" + i + ".jpg", Kind.IMAGE,
                    between(random, 15_000, 900_000)));
        }
        for (int i = 0; i < API_ITEMS; i++) {
            resources.add(new Resource("/api/v1/items/" + (500 + i), Kind.API, between(random, 200, 4_000)));
        }
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    static long between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
