package io.hitstream.agent.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLogGeneratorTest {

    private static final List<String> SITES = List.of("www.example.org", "shop.example.org", "blog.example.org");
    private static final SampleSettings SETTINGS = new SampleSettings(20_000, 7, LocalDate.of(2026, 11, 1), 42, SITES);
    /** A combined line as the generator writes valid ones. */
    private static final Pattern COMBINED = Pattern.compile(
            "(\\S+) - (\\S+) \\[([^\\]]+)] \"(\\S+) (\\S+) (HTTP/\\S+)\" (\\d{3}) (\\d+|-) \"([^\"]*)\" \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DOCUMENTATION_ADDRESS =
            Pattern.compile("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}|2001:db8:[0-9a-f:]+");

    @TempDir
    static Path dir;
    /** The logs for {@link #SETTINGS}, written once: most tests only read them. */
    static Path sample;
    static List<GeneratedLog> sampleLogs;

    @BeforeAll
    static void writeSample() throws IOException {
        sample = dir.resolve("sample");
        sampleLogs = new SampleLogGenerator(SETTINGS).writeTo(sample).logs();
    }

    @Test
    void sameSettingsGiveTheSameBytes() throws IOException {
        new SampleLogGenerator(SETTINGS).writeTo(dir.resolve("again"));

        for (String site : SITES) {
            assertEquals(sha256(SampleLogGenerator.logFile(sample, site)),
                    sha256(SampleLogGenerator.logFile(dir.resolve("again"), site)), site);
        }
        assertEquals(sha256(SampleLogGenerator.hostsFile(sample)),
                sha256(SampleLogGenerator.hostsFile(dir.resolve("again"))));
    }

    @Test
    void differentSeedGivesDifferentBytes() throws IOException {
        new SampleLogGenerator(new SampleSettings(20_000, 7, LocalDate.of(2026, 11, 1), 43, SITES))
                .writeTo(dir.resolve("seed43"));

        assertNotEquals(sha256(SampleLogGenerator.logFile(sample, SITES.get(0))),
                sha256(SampleLogGenerator.logFile(dir.resolve("seed43"), SITES.get(0))));
    }

    @Test
    void writesExactlyTheRequestedNumberOfLinesOverTheSites() throws IOException {
        long written = 0;
        for (GeneratedLog log : sampleLogs) {
            assertEquals(log.lines(), newlines(log.file()), log.site());
            written += log.lines();
        }
        assertEquals(20_000, written);
        assertEquals(List.of(sample.resolve("www.example.org.access.log"), sample.resolve("shop.example.org.access.log"),
                sample.resolve("blog.example.org.access.log")), sampleLogs.stream().map(GeneratedLog::file).toList());
    }

    @Test
    void sitesGetUnevenShares() throws IOException {
        assertTrue(sampleLogs.get(0).lines() > sampleLogs.get(1).lines()
                && sampleLogs.get(1).lines() > sampleLogs.get(2).lines(), sampleLogs.toString());
    }

    @Test
    void linesAreInTimeOrderWithinTheDaysInUtc() throws IOException {
        for (String site : SITES) {
            List<ZonedDateTime> times = new ArrayList<>();
            for (Matcher line : validLines(site)) {
                times.add(ZonedDateTime.parse(line.group(3), CombinedLogLine.TIMESTAMP));
            }
            assertEquals(times.stream().sorted().toList(), times, site);
            assertTrue(times.stream().allMatch(t -> t.getOffset().getTotalSeconds() == 0
                    && !t.toLocalDate().isBefore(LocalDate.of(2026, 11, 1))
                    && t.toLocalDate().isBefore(LocalDate.of(2026, 11, 8))), site);
        }
    }

    @Test
    void clientsComeOnlyFromDocumentationRanges() throws IOException {
        for (String site : SITES) {
            for (Matcher line : validLines(site)) {
                assertTrue(DOCUMENTATION_ADDRESS.matcher(line.group(1)).matches(), line.group(1));
            }
        }
    }

    @Test
    void hostsFileNamesAboutNineInTenLoggedClients() throws IOException {
        Set<String> logged = new HashSet<>();
        for (String site : SITES) {
            validLines(site).forEach(line -> logged.add(line.group(1)));
        }
        List<String> named = Files.readAllLines(SampleLogGenerator.hostsFile(sample)).stream()
                .filter(line -> !line.startsWith("#")).map(line -> line.substring(0, line.indexOf(' '))).toList();

        double namedShare = (double) named.stream().filter(logged::contains).count() / logged.size();
        assertTrue(namedShare >= 0.86 && namedShare <= 0.96, namedShare + " of " + logged.size() + " named");
    }

    @Test
    void aboutHalfAPercentOfLinesIsJunk() throws IOException {
        long valid = 0;
        for (String site : SITES) {
            valid += validLines(site).size();
        }
        long junk = 20_000 - valid;
        assertTrue(junk >= 60 && junk <= 140, junk + " junk lines");
    }

    @Test
    void logsShowTheVarietyParsersMustHandle() throws IOException {
        String www = Files.readString(SampleLogGenerator.logFile(sample, "www.example.org"), StandardCharsets.ISO_8859_1);
        assertTrue(www.contains("\\\"Planet\\\" aggregator"), "a user agent with an escaped quote");
        assertTrue(www.contains("\" 304 - \""), "a 304 without body size");
        assertTrue(Pattern.compile("\" 500 \\d+ \"").matcher(www).find(), "a server error");
        assertTrue(Pattern.compile("^2001:db8:", Pattern.MULTILINE).matcher(www).find(), "an IPv6 client");
        assertTrue(Pattern.compile("\"(GET|POST) /\\S*\\?\\S+ HTTP").matcher(www).find(), "a query string");
    }

    /** Lines that match the combined format and carry a real timestamp: every line that is not junk. */
    private static List<Matcher> validLines(String site) throws IOException {
        List<Matcher> valid = new ArrayList<>();
        for (String line : Files.readAllLines(SampleLogGenerator.logFile(sample, site), StandardCharsets.ISO_8859_1)) {
            Matcher matcher = COMBINED.matcher(line);
            if (matcher.matches() && hasTimestamp(matcher)) {
                valid.add(matcher);
            }
        }
        return valid;
    }

    private static boolean hasTimestamp(Matcher line) {
        try {
            ZonedDateTime.parse(line.group(3), CombinedLogLine.TIMESTAMP);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static long newlines(Path file) throws IOException {
        long count = 0;
        for (byte b : Files.readAllBytes(file)) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }

    private static String sha256(Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
