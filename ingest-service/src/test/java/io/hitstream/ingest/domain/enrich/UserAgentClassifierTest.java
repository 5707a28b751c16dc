package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UserAgentClassifierTest {
    private static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    /** One real parser for the whole class: loading uap's regexes takes a while. */
    private static final UserAgentParser PARSER = new UserAgentParser();

    private final UserAgentClassifier classifier = new UserAgentClassifier(100, PARSER::classify);

    @Test
    void chromeOnWindowsIsADesktopBrowserWithItsMajorVersion() {
        assertEquals(new UserAgentClass("Chrome 120", "Windows", "Desktop", ""), classifier.classify(CHROME_ON_WINDOWS));
    }

    @Test
    void googlebotIsACrawlerNamedGooglebot() {
        UserAgentClass googlebot = classifier.classify(GOOGLEBOT);

        assertEquals(new UserAgentClass("Googlebot 2", "Other", "Robot", "Googlebot"), googlebot);
        assertTrue(googlebot.isCrawler());
    }

    @Test
    void googlebotPosingAsAnAndroidPhoneIsStillACrawler() {
        assertEquals("Googlebot", classifier.classify("Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 "
                + "(compatible; Googlebot/2.1; +http://www.google.com/bot.html)").crawler());
    }

    @Test
    void aBotThatUapCallsAMacIsACrawlerByItsName() {
        assertEquals("Applebot", classifier.classify("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 "
                + "(Applebot/0.1; +http://www.apple.com/go/applebot)").crawler());
    }

    @Test
    void curlIsCountedWithTheCrawlers() {
        assertEquals(new UserAgentClass("curl 8", "Other", "Robot", "curl"), classifier.classify("curl/8.5.0"));
    }

    @Test
    void anIphoneIsAPhone() {
        assertEquals(new UserAgentClass("Mobile Safari 17", "iOS", "Phone", ""), classifier.classify(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/17.1 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void anIpadIsATablet() {
        assertEquals("Tablet", classifier.classify("Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1").device());
    }

    @Test
    void anAndroidPhoneSaysMobile() {
        assertEquals(new UserAgentClass("Chrome Mobile 130", "Android", "Phone", ""), classifier.classify(
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/130.0.0.0 Mobile Safari/537.36"));
    }

    @Test
    void anAndroidDeviceThatDoesNotSayMobileIsATablet() {
        assertEquals("Tablet", classifier.classify("Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36").device());
    }

    @Test
    void firefoxOnLinuxIsADesktopBrowser() {
        assertEquals(new UserAgentClass("Firefox 132", "Linux", "Desktop", ""), classifier.classify(
                "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"));
    }

    @Test
    void aStringNobodyKnowsIsOtherAndNoCrawler() {
        assertEquals(new UserAgentClass("Other", "Other", "Other", ""), classifier.classify("Mozilla/5.0"));
    }

    @Test
    void aMissingUserAgentIsOtherWithoutParsing() {
        List<String> parsed = new ArrayList<>();
        UserAgentClassifier counting = new UserAgentClassifier(100, recording(parsed));

        assertEquals(new UserAgentClass("Other", "Other", "Other", ""), counting.classify("-"));
        assertEquals(List.of(), parsed);
    }

    @Test
    void eachDistinctStringIsParsedOnce() {
        List<String> parsed = new ArrayList<>();
        UserAgentClassifier counting = new UserAgentClassifier(100, recording(parsed));

        for (int i = 0; i < 1000; i++) {
            counting.classify(i % 2 == 0 ? CHROME_ON_WINDOWS : GOOGLEBOT);
        }

        assertEquals(List.of(CHROME_ON_WINDOWS, GOOGLEBOT), parsed);
    }

    @Test
    void anOverlongStringIsCutBeforeItIsParsed() {
        List<String> parsed = new ArrayList<>();
        UserAgentClassifier counting = new UserAgentClassifier(100, recording(parsed));

        counting.classify(CHROME_ON_WINDOWS + " " + "x".repeat(100_000));

        assertEquals(512, parsed.get(0).length());
    }

    @Test
    void theCacheHoldsNoMoreThanItsBound() {
        List<String> parsed = new ArrayList<>();
        UserAgentClassifier small = new UserAgentClassifier(10, recording(parsed));

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 1000; i++) {
                small.classify("agent " + i);
            }
        }

        assertTrue(parsed.size() >= 1990, parsed.size() + " parses: more than 10 answers were kept");
    }

    private static Function<String, UserAgentClass> recording(List<String> parsed) {
        return agent -> {
            parsed.add(agent);
            return PARSER.classify(agent);
        };
    }
}
