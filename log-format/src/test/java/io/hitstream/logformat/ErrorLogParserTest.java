package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorLogParserTest {

    private static final ErrorLogParser APACHE = new ErrorLogParser(ErrorLogFormat.APACHE, ParserLimits.DEFAULTS);
    private static final ErrorLogParser NGINX = new ErrorLogParser(ErrorLogFormat.NGINX, ParserLimits.DEFAULTS);
    private static final ErrorLogParser EITHER = new ErrorLogParser(ErrorLogFormat.EITHER, ParserLimits.DEFAULTS);

    @Test
    void apache24LineWithEveryFieldHasItsTimeToTheMillisecondModuleLevelClientAndMessage() {
        assertEquals(new ErrorLogLine(LocalDateTime.of(2024, 3, 5, 10, 2, 0, 123_000_000), "error", "core",
                        "192.0.2.1:51234", "AH00126: Invalid URI in request GET /%zz HTTP/1.1", null),
                parse(APACHE, "[Tue Mar 05 10:02:00.123456 2024] [core:error] [pid 1234:tid 140245] "
                        + "[client 192.0.2.1:51234] AH00126: Invalid URI in request GET /%zz HTTP/1.1"));
    }

    @Test
    void apache24LineWithoutClientNamesNone() {
        assertEquals(new ErrorLogLine(LocalDateTime.of(2024, 3, 5, 9, 0, 1, 500_000_000), "notice", "mpm_event", "",
                        "AH00489: Apache/2.4.58 (Unix) configured -- resuming normal operations", null),
                parse(APACHE, "[Tue Mar 05 09:00:01.500021 2024] [mpm_event:notice] [pid 1:tid 140] "
                        + "AH00489: Apache/2.4.58 (Unix) configured -- resuming normal operations"));
    }

    @Test
    void apache24TraceLevelAndRemoteFieldAreRead() {
        ErrorLogLine line = parse(APACHE, "[Wed Oct 11 14:32:52.000001 2023] [ssl:trace3] [pid 77] "
                + "[remote 203.0.113.9:443] ssl_engine_io.c(2200): OpenSSL: read 5/5 bytes");

        assertEquals("trace3", line.level());
        assertEquals("203.0.113.9:443", line.client());
        assertEquals("ssl_engine_io.c(2200): OpenSSL: read 5/5 bytes", line.message());
    }

    @Test
    void apache22LineHasALevelWithoutModuleAndATimeOnTheSecond() {
        assertEquals(new ErrorLogLine(LocalDateTime.of(2011, 10, 11, 14, 32, 52), "error", "", "192.0.2.7",
                        "File does not exist: /var/www/favicon.ico", null),
                parse(APACHE, "[Tue Oct 11 14:32:52 2011] [error] [client 192.0.2.7] File does not exist: "
                        + "/var/www/favicon.ico"));
    }

    @Test
    void nginxLineWithConnectionHasItsLevelClientAndMessage() {
        assertEquals(new ErrorLogLine(LocalDateTime.of(2024, 3, 5, 10, 2), "error", "", "192.0.2.1",
                        "open() \"/usr/share/nginx/html/x\" failed (2: No such file or directory), client: 192.0.2.1, "
                                + "server: localhost, request: \"GET /x HTTP/1.1\", host: \"localhost\"", null),
                parse(NGINX, "2024/03/05 10:02:00 [error] 123#0: *1 open() \"/usr/share/nginx/html/x\" failed "
                        + "(2: No such file or directory), client: 192.0.2.1, server: localhost, "
                        + "request: \"GET /x HTTP/1.1\", host: \"localhost\""));
    }

    @Test
    void nginxLineWithoutConnectionIsRead() {
        assertEquals(new ErrorLogLine(LocalDateTime.of(2024, 3, 5, 10, 2), "notice", "", "",
                        "signal process started", null),
                parse(NGINX, "2024/03/05 10:02:00 [notice] 4711#4711: signal process started\r"));
    }

    @Test
    void eitherFormatTellsApacheFromNginxPerLine() {
        assertEquals("crit", parse(EITHER, "2024/03/05 10:02:00 [crit] 1#0: *9 SSL_do_handshake() failed").level());
        assertEquals("warn", parse(EITHER, "[Tue Mar 05 10:02:00 2024] [php:warn] [pid 2] PHP Warning: x").level());
    }

    @Test
    void unknownLevelDoesNotMatchTheFormat() {
        assertEquals(RejectReason.NOT_MATCHING_FORMAT,
                parse(NGINX, "2024/03/05 10:02:00 [fatal] 1#0: something").rejection());
    }

    @Test
    void impossibleDateIsABadTimestamp() {
        assertEquals(RejectReason.BAD_TIMESTAMP, parse(NGINX, "2024/02/30 10:02:00 [error] 1#0: x").rejection());
        assertEquals(RejectReason.BAD_TIMESTAMP,
                parse(APACHE, "[Tue Foo 05 10:02:00 2024] [core:error] [pid 1] x").rejection());
    }

    @Test
    void accessLogLineAndBlankLineAreRejected() {
        assertEquals(RejectReason.NOT_MATCHING_FORMAT, parse(EITHER,
                "192.0.2.1 - - [05/Mar/2024:10:02:00 +0000] \"GET / HTTP/1.1\" 200 5").rejection());
        assertEquals(RejectReason.EMPTY, parse(EITHER, "   ").rejection());
    }

    @Test
    void messageIsBoundedToTheFieldLimitAndALongLineIsRejected() {
        ErrorLogParser small = new ErrorLogParser(ErrorLogFormat.NGINX, new ParserLimits(100, 10));

        assertEquals("0123456789", parse(small, "2024/03/05 10:02:00 [error] 1#0: 0123456789abcdef").message());
        assertEquals(RejectReason.TOO_LONG, parse(small, "2024/03/05 10:02:00 [error] 1#0: " + "x".repeat(100))
                .rejection());
    }

    @Test
    void formatsAreNamedAsStreamsNameThem() {
        assertEquals(ErrorLogFormat.NGINX, ErrorLogFormat.named("nginx_error"));
        assertEquals(List.of("apache_error", "nginx_error", "error"), ErrorLogFormat.names());
    }

    private static ErrorLogLine parse(ErrorLogParser parser, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parser.parse(bytes, 0, bytes.length);
    }
}
