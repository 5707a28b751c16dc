package io.hitstream.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/** Realistic access-log lines of each preset, generated deterministically into one buffer of '\n'-ended lines. */
final class SampleLines {
    private static final String[] PATHS = {"/", "/index.html", "/blog/2026/11/hitstream-release-notes/", "/static/css/site.min.css",
        "/static/js/app.4f9c2a.js", "/images/products/widget-large.jpg", "/api/v1/cart/items", "/search", "/feed.xml",
        "/wp-login.php", "/robots.txt", "/favicon.ico"};
    private static final String[] QUERIES = {"", "", "", "?q=access+log+analytics&page=2", "?utm_source=newsletter&utm_medium=email",
        "?id=48213"};
    private static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "curl/8.5.0",
        "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"};
    private static final String[] REFERRERS = {"-", "-", "https://www.google.com/", "https://www.example.org/blog/",
        "https://news.ycombinator.com/item?id=42000000"};
    private static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "HEAD"};
    private static final int[] STATUSES = {200, 200, 200, 200, 304, 301, 404, 500};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final long START = 1_793_491_200L;

    private final Random random;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private SampleLines(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} lines of the preset, '\n'-ended, 7 seconds apart from 2026-11-01T00:00:00Z. */
    static byte[] of(String preset, int count, long seed) {
        return of(preset, count, seed, START, 7);
    }

    /** {@code count} lines of the preset, '\n'-ended, {@code step} seconds apart from the given second. */
    static byte[] of(String preset, int count, long seed, long startEpochSecond, long step) {
        SampleLines lines = new SampleLines(seed);
        if (preset.equals("w3c")) {
            lines.write("#Software: Microsoft Internet Information Services 10.0\n#Fields: date time s-ip cs-method cs-uri-stem "
                    + "cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n");
        }
        for (int i = 0; i < count; i++) {
            lines.write(lines.line(preset, startEpochSecond + i * step) + "\n");
        }
        return lines.out.toByteArray();
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private String line(String preset, long epochSecond) {
        switch (preset) {
            case "common":
                return ncsaHead(epochSecond) + status() + " " + size();
            case "combined":
            case "nginx":
                return ncsaHead(epochSecond) + status() + " " + size() + " \"" + pick(REFERRERS) + "\" \"" + pick(AGENTS) + "\"";
            case "vhost_combined":
                return "www.example.org:443 " + ncsaHead(epochSecond) + status() + " " + size() + " \"" + pick(REFERRERS)
                        + "\" \"" + pick(AGENTS) + "\"";
            case "combined_latency":
                return line("combined", epochSecond) + " " + random.nextInt(2_000_000);
            case "w3c":
                return w3c(epochSecond);
            case "squid":
                return squid(epochSecond);
            case "caddy":
                return caddy(epochSecond);
            case "haproxy":
                return haproxy(epochSecond);
            default:
                throw new IllegalArgumentException("no sample lines for " + preset);
        }
    }

    private String ncsaHead(long epochSecond) {
        return client() + " - - [" + clfTime(epochSecond) + "] \"" + pick(METHODS) + " " + pick(PATHS) + pick(QUERIES)
                + " HTTP/1.1\" ";
    }

    private String w3c(long epochSecond) {
        String query = pick(QUERIES);
        return isoDate(epochSecond).replace('T', ' ') + " 10.0.0.4 " + pick(METHODS) + " " + pick(PATHS) + " "
                + (query.isEmpty() ? "-" : query.substring(1)) + " 443 - " + client() + " " + pick(AGENTS).replace(' ', '+')
                + " " + pick(REFERRERS) + " " + status() + " 0 0 " + random.nextInt(3000);
    }

    private String squid(long epochSecond) {
        return epochSecond + "." + String.format("%03d", random.nextInt(1000)) + String.format("%7d", random.nextInt(5000)) + " "
                + client() + " TCP_MISS/" + status() + " " + (200 + random.nextInt(90_000)) + " GET http://www.example.com"
                + pick(PATHS) + pick(QUERIES) + " - HIER_DIRECT/93.184.216.34 text/html";
    }

    private String caddy(long epochSecond) {
        return "{\"level\":\"info\",\"ts\":" + epochSecond + "." + random.nextInt(1_000_000) + ",\"logger\":\"http.log.access.log0\","
                + "\"msg\":\"handled request\",\"request\":{\"remote_ip\":\"" + client() + "\",\"remote_port\":\"41342\","
                + "\"client_ip\":\"" + client() + "\",\"proto\":\"HTTP/2.0\",\"method\":\"" + pick(METHODS) + "\","
                + "\"host\":\"www.example.org\",\"uri\":\"" + pick(PATHS) + pick(QUERIES) + "\",\"headers\":{\"User-Agent\":[\""
                + pick(AGENTS) + "\"],\"Accept\":[\"*/*\"],\"Accept-Encoding\":[\"gzip, deflate, br\"]},\"tls\":{\"resumed\":false,"
                + "\"version\":772,\"cipher_suite\":4865,\"proto\":\"h2\",\"server_name\":\"www.example.org\"}},\"bytes_read\":0,"
                + "\"user_id\":\"\",\"duration\":0.00" + random.nextInt(100_000) + ",\"size\":" + size().replace("-", "0")
                + ",\"status\":" + status() + ",\"resp_headers\":{\"Server\":[\"Caddy\"],\"Content-Type\":[\"text/html; charset=utf-8\"]}}";
    }

    private String haproxy(long epochSecond) {
        String time = clfTime(epochSecond);
        return "Nov  1 00:00:01 lb1 haproxy[14389]: " + client() + ":" + (1024 + random.nextInt(60_000)) + " ["
                + time.substring(0, time.indexOf(' ')) + "." + String.format("%03d", random.nextInt(1000)) + "] https-in~ "
                + "web/web" + random.nextInt(4) + " 10/0/1/" + random.nextInt(300) + "/" + random.nextInt(400) + " " + status() + " "
                + (200 + random.nextInt(90_000)) + " - - ---- 12/12/3/1/0 0/0 {www.example.org} {} \"" + pick(METHODS) + " "
                + pick(PATHS) + pick(QUERIES) + " HTTP/1.1\"";
    }

    private String client() {
        if (random.nextInt(5) == 0) {
            return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(random.nextInt(0x10000));
        }
        return (1 + random.nextInt(223)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private String status() {
        return Integer.toString(STATUSES[random.nextInt(STATUSES.length)]);
    }

    private String size() {
        return random.nextInt(10) == 0 ? "-" : Integer.toString(random.nextInt(250_000));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String clfTime(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        return String.format("%02d/%s/%04d:%02d:%02d:%02d +0000", t.getDayOfMonth(), MONTHS[t.getMonthValue() - 1], t.getYear(),
                t.getHour(), t.getMinute(), t.getSecond());
    }

    private static String isoDate(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
    }
}
