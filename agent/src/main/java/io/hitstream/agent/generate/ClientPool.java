package io.hitstream.agent.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sample clients, each with its own user agent, a few of them far busier than the rest. Addresses come only from
 * the ranges reserved for documentation (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24; RFC 3849:
 * 2001:db8::/32), so no real host is ever named.
 */
final class ClientPool {

    /** A client address and the user agent it sends. */
    record Client(String address, String userAgent) {

        /** Search engines' crawlers name themselves "…bot/version" (Googlebot/2.1, bingbot/2.0). */
        boolean isCrawler() {
            return userAgent.contains("bot/");
        }
    }

    private static final List<String> IPV4_PREFIXES = List.of("192.0.2.", "198.51.100.", "203.0.113.");
    private static final double IPV6_SHARE = 0.18;
    private static final double POPULARITY_EXPONENT = 0.9;
    private static final int MAX_HEXTET = 0xffff;

    private static final WeightedPicker<String> USER_AGENTS = WeightedPicker.of(List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "curl/8.5.0",
            "python-requests/2.32.3",
            "Wget/1.21.4",
            // Apache escapes a quote inside a header as \" in the log; parsers must cope.
            "Mozilla/5.0 (compatible; FeedFetcher/2.1; \\\"Planet\\\" aggregator; +https://planet.example.net/)"),
            30, 14, 9, 14, 12, 6, 4, 3, 2, 2, 1, 3);

    private final List<Client> clients;
    private final WeightedPicker<Client> byActivity;

    ClientPool(Random random, int size) {
        List<Client> drawn = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String address = random.nextDouble() < IPV6_SHARE ? ipv6(random) : ipv4(random);
            drawn.add(new Client(address, USER_AGENTS.pick(random)));
        }
        clients = List.copyOf(drawn);
        byActivity = WeightedPicker.zipf(clients, POPULARITY_EXPONENT);
    }

    /** Every client, the busiest first; two clients may share an address, as behind a NAT. */
    List<Client> clients() {
        return clients;
    }

    Client pick(Random random) {
        return byActivity.pick(random);
    }

    private static String ipv4(Random random) {
        return IPV4_PREFIXES.get(random.nextInt(IPV4_PREFIXES.size())) + (1 + random.nextInt(254));
    }

    private static String ipv6(Random random) {
        return "2001:db8:" + hextet(random) + ":" + hextet(random) + "::" + hextet(random);
    }

    private static String hextet(Random random) {
        return Integer.toHexString(1 + random.nextInt(MAX_HEXTET));
    }
}
