package io.hitstream.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the site page in Debian's headless Chromium, so escaping is judged by a real HTML parser; the site is readable
 * anonymously here, as the browser signs in as nobody.
 */
@QuarkusTest
@TestProfile(SitePageInBrowserTest.WwwIsAnonymous.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class SitePageInBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("HITSTREAM_CHROMIUM", "/usr/bin/chromium"));

    /** Makes www.example.org readable without signing in. */
    public static class WwwIsAnonymous implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hitstream.report.anonymous-sites", RollupFixture.WWW);
        }
    }

    @TestHTTPResource("/sites/www.example.org")
    URL sitePage;

    @TempDir
    Path work;

    @BeforeEach
    void loadRollups() throws Exception {
        RollupFixture.load();
    }

    @Test
    void hostileUrlIsTextInTheRenderedPageAndInjectsNoScript() throws Exception {
        String dom = renderedDom(sitePage);
        assertTrue(dom.contains("<h1>www.example.org</h1>"), "the page rendered");
        assertTrue(dom.contains("<td class=\"key\">/&lt;script&gt;alert(1)&lt;/script&gt;</td>"), dom);
        assertFalse(dom.contains("<script"), "no script element");
        assertFalse(dom.contains("<img"), "no element from the rejection sample");
    }

    @Test
    void hostilePanelKeysAreTextAndRunNoScript() throws Exception {
        String dom = renderedDom(sitePage);
        assertTrue(dom.contains("<title>www.example.org · Hitstream</title>"), "no payload retitled the page");
        assertTrue(dom.contains("<td class=\"key\">&lt;img src=x onerror=document.title='pwned'&gt;</td>"), dom);
        assertTrue(dom.contains("<td class=\"key\">javascript:alert(document.domain)</td>"), dom);
        assertTrue(dom.contains("<span class=\"key\">&lt;script&gt;alert(1)&lt;/</span>"), dom);
        assertFalse(dom.contains("href=\"javascript:"), "no javascript: link");
        assertFalse(dom.contains("<img"), "no element from a user agent");
        assertFalse(dom.contains("<script"), "no script element");
    }

    @Test
    void screenshotOfTheSiteReportIsKeptUnderTarget() throws Exception {
        Path screenshot = Path.of("target", "site-report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        run(List.of("--window-size=1280,4000", "--screenshot=" + screenshot, sitePage.toString()), work.resolve("shot.log"));
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the rendered report at " + screenshot);
    }

    private String renderedDom(URL page) throws IOException, InterruptedException {
        Path dom = run(List.of("--dump-dom", page.toString()), work.resolve("dom.html"));
        return read(dom);
    }

    /** Runs headless Chromium with these arguments, its standard output to the file; answers the file. */
    private Path run(List<String> arguments, Path output) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM),
                "the browser test needs Debian's chromium (apt-get install -y chromium) or HITSTREAM_CHROMIUM");
        Path log = work.resolve("chromium.log");
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + work.resolve("profile")));
        command.addAll(arguments);
        Process chromium = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(log.toFile())
                .start();
        // A hung browser must fail the build rather than stall it; this bounds the wait, it does not time the page.
        if (!chromium.waitFor(2, TimeUnit.MINUTES)) {
            chromium.destroyForcibly();
            throw new IllegalStateException("chromium did not finish; see " + log);
        }
        assertEquals(0, chromium.exitValue(), () -> read(log));
        return output;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
