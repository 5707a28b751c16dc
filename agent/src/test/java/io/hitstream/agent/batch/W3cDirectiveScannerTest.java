package io.hitstream.agent.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class W3cDirectiveScannerTest {

    private static final String FIRST = "#Fields: date time c-ip cs-method cs-uri-stem sc-status";
    private static final String SECOND = "#Fields: date time cs-uri-stem sc-status c-ip";
    private static final String LOG = "#Software: Microsoft Internet Information Services 10.0\n"
            + FIRST + "\n"
            + "2026-11-21 10:00:00 192.0.2.1 GET /a 200\n"
            + SECOND + "\r\n"
            + "2026-11-21 10:00:01 /b 200 192.0.2.2\n";

    @Test
    void lastDirectiveBeforeTheOffsetWins() throws IOException {
        assertEquals(Optional.of(SECOND), scan(LOG, LOG.length()));
    }

    @Test
    void anEarlierOffsetSeesOnlyTheDirectivesBeforeIt() throws IOException {
        assertEquals(Optional.of(FIRST), scan(LOG, LOG.indexOf(SECOND)));
    }

    @Test
    void directiveStartingExactlyAtTheOffsetIsNotCounted() throws IOException {
        assertEquals(Optional.empty(), scan(LOG, LOG.indexOf(FIRST)));
    }

    @Test
    void contentWithoutDirectiveHasNone() throws IOException {
        String text = "2026-11-21 10:00:00 192.0.2.1 GET /a 200\n#Software: IIS\n";

        assertEquals(Optional.empty(), scan(text, text.length()));
    }

    @Test
    void directiveNotAtTheStartOfALineIsNotOne() throws IOException {
        String text = "x " + FIRST + "\n";

        assertEquals(Optional.empty(), scan(text, text.length()));
    }

    @Test
    void directiveLongerThanTheBoundIsNotKept() throws IOException {
        String tooLong = "#Fields: " + "c-ip ".repeat(W3cDirectiveScanner.MAX_DIRECTIVE_BYTES / 5) + "\n";
        String text = FIRST + "\n" + tooLong;

        assertEquals(Optional.of(FIRST), scan(text, text.length()));
    }

    @Test
    void gzipFileIsScannedByItsDecompressedOffsets() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(LOG.getBytes(StandardCharsets.UTF_8));
        }
        try (LogContent content = LogContent.of(new ByteArrayInputStream(compressed.toByteArray()))) {
            assertEquals(Optional.of(FIRST), W3cDirectiveScanner.lastDirectiveBefore(content.stream(), LOG.indexOf(SECOND)));
        }
    }

    @Test
    void resumedW3cStreamIsOpenedAgainWithItsLastDirective() throws Exception {
        long offset = LOG.length();
        StringBuilder opens = new StringBuilder();

        W3cDirectiveScanner.Opened opened = W3cDirectiveScanner.open("w3c", format -> {
            opens.append(format).append('|');
            return offset;
        }, () -> bytes(LOG));

        assertEquals(new W3cDirectiveScanner.Opened(SECOND, offset), opened);
        assertEquals("w3c|" + SECOND + "|", opens.toString());
    }

    @Test
    void resumedW3cFileWithoutDirectiveKeepsThePreset() throws Exception {
        String lines = "2026-11-21 10:00:00 192.0.2.1 GET /a 200\n";
        StringBuilder opens = new StringBuilder();

        W3cDirectiveScanner.Opened opened = W3cDirectiveScanner.open("w3c", format -> {
            opens.append(format).append('|');
            return lines.length();
        }, () -> bytes(lines));

        assertEquals(new W3cDirectiveScanner.Opened("w3c", lines.length()), opened);
        assertEquals("w3c|", opens.toString());
    }

    @Test
    void otherFormatsAreNeitherScannedNorOpenedAgain() throws Exception {
        W3cDirectiveScanner.Opened opened = W3cDirectiveScanner.open("combined", format -> 40, () -> {
            throw new IOException("a combined log must not be scanned");
        });

        assertEquals(new W3cDirectiveScanner.Opened("combined", 40), opened);
    }

    @Test
    void onlyW3cFormatsCarryDirectives() {
        assertTrue(W3cDirectiveScanner.carriesDirectives("w3c"));
        assertTrue(W3cDirectiveScanner.carriesDirectives(FIRST));
        assertFalse(W3cDirectiveScanner.carriesDirectives("combined"));
        assertFalse(W3cDirectiveScanner.carriesDirectives(""));
    }

    private static Optional<String> scan(String text, long offset) throws IOException {
        return W3cDirectiveScanner.lastDirectiveBefore(bytes(text), offset);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
