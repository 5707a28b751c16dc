package io.hitstream.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The {@link GoldLog} with stats bounding each dimension to 20 keys a day: only URL has more (22). Its batches of 7
 * lines bring 7, 4, 4, 2, 4 and 1 new URLs; the fifth batch's new ones in key order are /about.html, /account,
 * /api/orders/42 (keys 18 to 20) and /sitemap.xml, the first past the bound; the sixth's is /contact. URLs counted
 * before keep counting under themselves (/static/logo.png, /blog/first-post in the sixth batch).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DimensionOverflowEndToEndIT {
    private GoldLog gold;

    @BeforeAll
    void shipTheGoldLog() throws Exception {
        gold = GoldLog.ship("e2e_overflow", Map.of("HITSTREAM_STATS_MAX_KEYS_PER_DAY", "20"));
        assertEquals(0, gold.shipped().exitCode(), gold.shipped().stderr());
    }

    @AfterAll
    void stop() throws Exception {
        if (gold != null) {
            gold.close();
        }
    }

    @Test
    void urlsPastTheDailyBoundCountUnderOther() throws Exception {
        assertEquals(List.of(
                "(other) 2 4096",
                "/ 5 20480",
                "/about.html 1 3073",
                "/account 1 7000",
                "/api/orders 4 2454",
                "/api/orders/42 2 1800",
                "/api/status 1 40",
                "/blog 1 230",
                "/blog/ 2 131072",
                "/blog/first-post 4 122881",
                "/blog/links.html 2 18000",
                "/downloads/manual.pdf 1 2097152",
                "/favicon.ico 1 0",
                "/login 1 0",
                "/missing 1 512",
                "/old-page 3 1536",
                "/robots.txt 1 120",
                "/search 2 262000",
                "/static/app.css 2 3072",
                "/static/logo.png 2 40000",
                "/wp-login.php 1 345"), gold.daily("URL"));
    }

    @Test
    void theOverflowIsCountedUnderTheDimensionsName() throws Exception {
        assertEquals(List.of("URL 2 4096"), gold.daily("OVERFLOW"));
    }

    @Test
    void noHitIsDroppedPastTheBound() throws Exception {
        assertEquals(List.of("40 2715863"), gold.pipeline().rows(
                "SELECT sum(hits), sum(bytes) FROM daily_counts WHERE site = ? AND dimension = 'URL'", GoldLog.SITE));
    }
}
