package io.hitstream.bench.useragent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Distinct user-agent strings in the mix a public site sees: current desktop and mobile browsers over a range of
 * versions, operating systems and phone models, and about one in six crawlers, bots and command-line clients.
 */
final class UserAgentSamples {
    private static final String[] DESKTOP_SYSTEMS = {
            "Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64",
            "Windows NT 6.1; Win64; x64", "X11; Ubuntu; Linux x86_64", "X11; CrOS x86_64 14541.0.0"};
    private static final String[] PHONES = {
            "Pixel 8", "Pixel 7a", "SM-S911B", "SM-A536B", "SM-G991B", "Redmi Note 12", "CPH2451", "moto g(60)"};
    private static final String[] TABLETS = {"SM-X700", "Lenovo TB-X606F", "Nexus 9"};
    private static final String[] CRAWLERS = {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/%d.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
            "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
            "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
            "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
            "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "curl/8.%d.0", "python-requests/2.%d.0", "Go-http-client/1.1", "Wget/1.21.%d"};

    private UserAgentSamples() {
    }

    /** {@code count} distinct strings, the same for the same seed. */
    static List<String> distinct(int count, long seed) {
        Random random = new Random(seed);
        Set<String> agents = new LinkedHashSet<>();
        while (agents.size() < count) {
            agents.add(next(random));
        }
        return new ArrayList<>(agents);
    }

    private static String next(Random random) {
        int kind = random.nextInt(12);
        int chrome = 100 + random.nextInt(32);
        return switch (kind) {
            case 0, 1, 2 -> "Mozilla/5.0 (" + pick(random, DESKTOP_SYSTEMS) + ") AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/" + chrome + ".0." + random.nextInt(6000) + "." + random.nextInt(200) + " Safari/537.36";
            case 3 -> "Mozilla/5.0 (" + pick(random, DESKTOP_SYSTEMS) + "; rv:" + (100 + random.nextInt(34))
                    + ".0) Gecko/20100101 Firefox/" + (100 + random.nextInt(34)) + ".0";
            case 4 -> "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/"
                    + (15 + random.nextInt(4)) + "." + random.nextInt(6) + " Safari/605.1.15";
            case 5, 6 -> "Mozilla/5.0 (iPhone; CPU iPhone OS " + (15 + random.nextInt(4)) + "_" + random.nextInt(7)
                    + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/" + (15 + random.nextInt(4))
                    + ".0 Mobile/15E148 Safari/604.1";
            case 7, 8 -> "Mozilla/5.0 (Linux; Android " + (10 + random.nextInt(5)) + "; " + pick(random, PHONES)
                    + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + chrome + ".0.0.0 Mobile Safari/537.36";
            case 9 -> "Mozilla/5.0 (Linux; Android " + (10 + random.nextInt(5)) + "; " + pick(random, TABLETS)
                    + ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + chrome + ".0.0.0 Safari/537.36";
            case 10 -> "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
                    + chrome + ".0.0.0 Safari/537.36 Edg/" + chrome + ".0." + random.nextInt(3000) + "." + random.nextInt(100);
            default -> String.format(pick(random, CRAWLERS), random.nextInt(40));
        };
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
