package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hitstream.logformat.ClientAddressSource;
import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.logformat.NcsaLogFormat;
import io.hitstream.logformat.ParserLimits;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteFormatsTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String APACHE = "%h %l %u %t \"%r\" %>s %b %D";

    @Test
    void streamNamingNoFormatGetsItsSitesThenTheDefault() {
        SiteFormats formats = formats(Optional.of("common"), Map.of("shop.example.org", "combined"));

        assertSame(NcsaLogFormat.COMBINED, formats.forStream("shop.example.org", "", UTC).format());
        assertSame(NcsaLogFormat.COMMON, formats.forStream("www.example.org", "", UTC).format());
    }

    @Test
    void namedFormatStringIsCompiledOnceAndReused() {
        SiteFormats formats = formats(Optional.empty(), Map.of());

        assertSame(formats.forStream("www.example.org", APACHE, UTC).format(),
                formats.forStream("blog.example.org", APACHE, UTC).format());
    }

    @Test
    void streamNamingNoFormatWithoutAConfiguredOneIsRefused() {
        SiteFormats formats = formats(Optional.empty(), Map.of());

        InvalidBatchException e = assertThrows(InvalidBatchException.class, () -> formats.forStream("www.example.org", "", UTC));

        assertEquals("the stream names no log format and site www.example.org has none configured"
                + " (hitstream.ingest.sites.\"www.example.org\".format or hitstream.ingest.default-format)", e.getMessage());
    }

    @Test
    void invalidFormatStringOfAStreamIsRefusedWithTheCompileError() {
        SiteFormats formats = formats(Optional.empty(), Map.of());

        InvalidBatchException e = assertThrows(InvalidBatchException.class,
                () -> formats.forStream("www.example.org", "%h %{Referer", UTC));

        assertEquals(compileError("%h %{Referer"), e.getMessage());
    }

    @Test
    void overlongNamedFormatIsRefusedBeforeItIsCompiled() {
        SiteFormats formats = formats(Optional.empty(), Map.of());

        InvalidBatchException e = assertThrows(InvalidBatchException.class,
                () -> formats.forStream("www.example.org", "%h ".repeat(1366), UTC));

        assertEquals("the log format named is 4098 characters long, at most 4096 allowed", e.getMessage());
    }

    @Test
    void invalidConfiguredFormatStopsConstructionNamingTheSite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> formats(Optional.empty(), Map.of("shop.example.org", "%h %{Referer")));

        assertEquals("hitstream.ingest.sites.\"shop.example.org\".format (site shop.example.org) is not a usable log format: "
                + compileError("%h %{Referer"), e.getMessage());
    }

    @Test
    void unknownDefaultFormatStopsConstruction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> formats(Optional.of("combinde"), Map.of()));

        assertEquals("hitstream.ingest.default-format is not a usable log format: unknown log format: combinde (known: "
                + String.join(", ", LogFormatRegistry.standard().names()) + ")", e.getMessage());
    }

    @Test
    void siteBehindProxiesTakesTheClientFromForwardedFor() {
        SiteFormats formats = new SiteFormats(LogFormatRegistry.standard(), 4, ParserLimits.DEFAULTS, Optional.of("combined"),
                Map.of(), Map.of("shop.example.org", ClientAddressSource.FIRST_PUBLIC_FORWARDED_FOR));

        assertEquals(ClientAddressSource.FIRST_PUBLIC_FORWARDED_FOR,
                formats.forStream("shop.example.org", "", UTC).options().clientAddress());
        assertEquals(ClientAddressSource.LOGGED, formats.forStream("www.example.org", "", UTC).options().clientAddress());
    }

    private static SiteFormats formats(Optional<String> defaultFormat, Map<String, String> bySite) {
        return new SiteFormats(LogFormatRegistry.standard(), 4, ParserLimits.DEFAULTS, defaultFormat, bySite, Map.of());
    }

    private static String compileError(String format) {
        return assertThrows(IllegalArgumentException.class, () -> LogFormatRegistry.standard().resolve(format)).getMessage();
    }
}
