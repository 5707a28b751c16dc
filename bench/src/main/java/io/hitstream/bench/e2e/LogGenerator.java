package io.hitstream.bench.e2e;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a deterministic combined-format log, one file per site: Zipf-distributed paths and clients, real browser
 * and crawler user agents, internal and external referrers, a status mix with redirects and 404s, and about one
 * malformed line in a thousand. The same settings give the same bytes ({@link java.util.Random} is specified).
 * Every client address is private or reserved, so a resolver that leaves those alone sends no DNS query.
 */
public final class LogGenerator {
    /** What to generate: {@code lines} in all, spread evenly over {@code days} from {@code start}. */
    public record Settings(long seed, long lines, int days, Instant start, List<String> sites) {
        public static Settings of(long seed, long lines, List<String> sites) {
            return new Settings(seed, lines, 14, Instant.parse("2026-11-02T00:00:00Z"), sites);
        }
    }

    public static final List<String> SITES = List.of("www.example.com", "shop.example.net", "blog.example.org");
    private static final double[] SITE_SHARES = {0.6, 0.3, 0.1};
    private static final DateTimeFormatter CLF_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String[] EXTERNAL_REFERRERS = {"https://www.google.com/", "https://www.bing.com/search?q=",
        "https://duckduckgo.com/", "https://t.co/", "https://news.ycombinator.com/item?id=",
        "https://www.facebook.com/", "https://www.reddit.com/r/", "android-app://com.google.android.gm/"};

    private final Settings settings;
    private final Random random;
    private final List<SiteCatalogue> catalogues = new ArrayList<>();
    private final Zipf pathRank;
    private final Zipf missingRank;
    private final Zipf clientRank;
    private final int clientCount;

    public LogGenerator(Settings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        for (String site : settings.sites()) {
            catalogues.add(new SiteCatalogue(site, 5000, random));
        }
        pathRank = new Zipf(5000, 1.0);
        missingRank = new Zipf(catalogues.get(0).missing.size(), 1.2);
        clientCount = (int) Math.min(50_000, Math.max(1000, settings.lines() / 20));
        clientRank = new Zipf(clientCount, 0.9);
    }

    /** The file the given site's lines go to. */
    public static Path fileOf(Path dir, String site) {
        return dir.resolve(site + ".access.log");
    }

    /** Writes every site's file into {@code dir}, returning them in site order. */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<BufferedWriter> writers = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            for (String site : settings.sites()) {
                files.add(fileOf(dir, site));
                writers.add(Files.newBufferedWriter(fileOf(dir, site), StandardCharsets.UTF_8));
            }
            writeTo(writers);
        } finally {
            for (BufferedWriter writer : writers) {
                writer.close();
            }
        }
        return files;
    }

    /**
     * Appends every site's lines, '\n'-ended, to its own of {@code sites} (in site order): the same lines as
     * {@link #write}, for a benchmark that reads them from memory.
     */
    public void writeTo(List<? extends Appendable> sites) throws IOException {
        long spanSeconds = settings.days() * 86_400L;
        StringBuilder line = new StringBuilder(512);
        for (long i = 0; i < settings.lines(); i++) {
            int site = siteIndex();
            Instant time = settings.start().plusSeconds(i * spanSeconds / settings.lines());
            line.setLength(0);
            appendLine(line, catalogues.get(site), time);
            sites.get(site).append(line).append('\n');
        }
    }

    private int siteIndex() {
        double draw = random.nextDouble();
        for (int i = 0; i < catalogues.size() - 1; i++) {
            draw -= catalogues.size() == SITE_SHARES.length ? SITE_SHARES[i] : 1.0 / catalogues.size();
            if (draw < 0) {
                return i;
            }
        }
        return catalogues.size() - 1;
    }

    private void appendLine(StringBuilder line, SiteCatalogue site, Instant time) {
        int client = clientRank.next(random);
        boolean crawler = client % 11 == 1;
        int kind = random.nextInt(1000);
        if (kind == 0) {
            appendMalformed(line, site, client, time);
            return;
        }
        String method = method(crawler);
        String path;
        int status;
        int roll = random.nextInt(1000);
        if (roll < 70) {
            path = site.missing.get(missingRank.next(random));
            status = 404;
        } else if (roll < 110) {
            path = site.redirecting.get(random.nextInt(site.redirecting.size()));
            status = roll < 90 ? 301 : 302;
        } else {
            path = site.paths.get(pathRank.next(random));
            status = roll < 170 ? 304 : roll < 176 ? 206 : roll < 181 ? 403 : roll < 185 ? 500 : 200;
        }
        String target = path + query(path);
        line.append(address(client)).append(" - ").append(user()).append(" [").append(CLF_TIME.format(time))
                .append("] \"").append(method).append(' ').append(target).append(' ')
                .append(random.nextInt(5) == 0 ? "HTTP/2.0" : "HTTP/1.1").append("\" ").append(status).append(' ')
                .append(bytes(path, status)).append(" \"").append(referrer(site, path, crawler)).append("\" \"")
                .append(userAgent(client, crawler)).append('"');
    }

    /**
     * Lines a real log does hold now and then: cut off by a crash, an ISO time from a misconfigured format, a client
     * speaking TLS to port 80. (A well-formed but impossible time such as 32/Nov would stop AWStats from reading any
     * later line, which it requires in time order: it would then time much less work than the others.)
     */
    private void appendMalformed(StringBuilder line, SiteCatalogue site, int client, Instant time) {
        switch (random.nextInt(3)) {
            case 0 -> line.append(address(client)).append(" - - [").append(CLF_TIME.format(time)).append("] \"GET ")
                    .append(site.paths.get(pathRank.next(random))).append(" HTT");
            case 1 -> line.append(address(client)).append(" - - [").append(time).append("] \"GET / HTTP/1.1\" 200 512 \"-\" \"")
                    .append(UserAgents.BROWSERS.get(0)).append('"');
            default -> line.append("\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03 garbage from ")
                    .append(address(client));
        }
    }

    private String method(boolean crawler) {
        int roll = random.nextInt(100);
        return crawler || roll < 95 ? "GET" : roll < 98 ? "POST" : "HEAD";
    }

    private String query(String path) {
        if (SiteCatalogue.isStatic(path)) {
            return random.nextInt(10) == 0 ? "?v=" + random.nextInt(20) : "";
        }
        return switch (random.nextInt(20)) {
            case 0 -> "?page=" + (2 + random.nextInt(9));
            case 1 -> "?utm_source=newsletter&utm_medium=email";
            case 2 -> "?q=" + random.nextInt(500);
            default -> "";
        };
    }

    private String user() {
        return random.nextInt(200) == 0 ? "member" + random.nextInt(50) : "-";
    }

    private String bytes(String path, int status) {
        return switch (status) {
            case 304 -> "-";
            case 301, 302 -> String.valueOf(160 + random.nextInt(80));
            case 404, 403 -> String.valueOf(400 + random.nextInt(300));
            case 500 -> String.valueOf(500 + random.nextInt(200));
            default -> String.valueOf(size(path));
        };
    }

    private int size(String path) {
        if (path.endsWith(".js")) {
            return 20_000 + random.nextInt(280_000);
        }
        if (path.endsWith(".css")) {
            return 2_000 + random.nextInt(30_000);
        }
        if (path.endsWith(".jpg")) {
            return 5_000 + random.nextInt(500_000);
        }
        return 3_000 + random.nextInt(60_000);
    }

    private String referrer(SiteCatalogue site, String path, boolean crawler) {
        int roll = random.nextInt(100);
        if (crawler || roll < 35) {
            return "-";
        }
        if (SiteCatalogue.isStatic(path) || roll < 75) {
            String page = site.paths.get(pathRank.next(random));
            return "https://" + site.site + (SiteCatalogue.isStatic(page) ? "/" : page);
        }
        String external = EXTERNAL_REFERRERS[random.nextInt(EXTERNAL_REFERRERS.length)];
        return external.endsWith("=") || external.endsWith("/r/") ? external + random.nextInt(1000) : external;
    }

    private static String userAgent(int client, boolean crawler) {
        List<String> agents = crawler ? UserAgents.CRAWLERS : UserAgents.BROWSERS;
        return agents.get(Math.floorMod(client * 31 + 7, agents.size()));
    }

    /** The client's address: private IPv4 ranges and, one in ten, the IPv6 documentation prefix. */
    static String address(int client) {
        int spread = (int) ((client * 2654435761L) & 0xFFFFFF);
        if (client % 10 == 9) {
            return "2001:db8:" + Integer.toHexString(spread >>> 12) + ":" + Integer.toHexString(spread & 0xFFF) + "::1";
        }
        if (client % 10 == 8) {
            return "172." + (16 + ((spread >>> 16) & 15)) + "." + ((spread >>> 8) & 255) + "." + (spread & 255);
        }
        return "10." + (spread >>> 16) + "." + ((spread >>> 8) & 255) + "." + (spread & 255);
    }
}
