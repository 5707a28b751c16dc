package io.hitstream.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The paths one generated site serves, the ones that redirect, and the ones scanners ask for in vain. */
final class SiteCatalogue {
    private static final String[] SECTIONS = {"products", "blog", "docs", "category", "news", "help"};
    private static final String[] WORDS = {"spring", "sale", "guide", "review", "setup", "pricing", "faq",
        "release", "howto", "contact", "team", "garden", "coffee", "travel", "linux", "backup"};
    private static final String[] PROBES = {"/wp-login.php", "/.env", "/xmlrpc.php", "/admin/", "/phpmyadmin/",
        "/.git/config", "/wp-admin/setup-config.php", "/favicon.ico", "/apple-touch-icon.png", "/robots.txt.bak"};

    final String site;
    final List<String> paths = new ArrayList<>();
    final List<String> missing = new ArrayList<>();
    final List<String> redirecting = new ArrayList<>();

    SiteCatalogue(String site, int pathCount, Random random) {
        this.site = site;
        paths.add("/");
        paths.add("/robots.txt");
        while (paths.size() < pathCount) {
            paths.add(path(paths.size(), random));
        }
        missing.addAll(List.of(PROBES));
        for (int i = 0; i < 40; i++) {
            missing.add("/old/" + word(random) + "-" + i + ".html");
        }
        redirecting.add("/login");
        redirecting.add("/index.html");
        for (int i = 0; i < 20; i++) {
            redirecting.add("/" + word(random) + "/" + i);
        }
    }

    private static String path(int index, Random random) {
        return switch (index % 8) {
            case 0 -> "/static/css/site-" + index + ".css";
            case 1, 2 -> "/static/js/app-" + index + ".js";
            case 3 -> "/images/" + word(random) + "-" + index + ".jpg";
            case 4 -> "/blog/2026/" + (1 + random.nextInt(12)) + "/" + word(random) + "-" + word(random) + "-" + index;
            default -> "/" + SECTIONS[random.nextInt(SECTIONS.length)] + "/" + word(random) + "-" + index;
        };
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static boolean isStatic(String path) {
        return path.startsWith("/static/") || path.startsWith("/images/");
    }
}
