package io.hitstream.logformat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SubSecondTimestampTest {
    private static final long SECOND = 1_793_491_201L;

    private static LogRecord apache(String format, String line) {
        return Lines.parse(ApacheFormatCompiler.compile(format).newParser(), line);
    }

    private static LogRecord nginx(String format, String line) {
        return Lines.parse(NginxFormatCompiler.compile(format).newParser(), line);
    }

    @Test
    void apacheMsecFracAfterStrftimeSecondsKeepsTheMilliseconds() {
        LogRecord r = apache("[%{%d/%b/%Y:%H:%M:%S}t.%{msec_frac}t %{%z}t] %h", "[01/Nov/2026:01:00:01.250 +0100] 192.0.2.1");

        assertEquals(1_793_491_201_250L, r.epochMilli());
        assertEquals(SECOND, r.epochSecond());
        assertEquals(3600, r.utcOffsetSeconds());
    }

    @Test
    void apacheUsecFracIsCutToTheMillisecond() {
        LogRecord r = apache("%{%Y-%m-%dT%H:%M:%S}t.%{usec_frac}t %h", "2026-11-01T00:00:01.250999 192.0.2.1");

        assertEquals(1_793_491_201_250L, r.epochMilli());
    }

    @Test
    void apacheMsecFracAddsToEpochSeconds() {
        LogRecord r = apache("%{sec}t.%{msec_frac}t %h", "1793491201.007 192.0.2.1");

        assertEquals(1_793_491_201_007L, r.epochMilli());
    }

    @Test
    void apacheEpochMillisecondsAndMicrosecondsKeepTheMilliseconds() {
        assertEquals(1_793_491_201_999L, apache("%{msec}t %h", "1793491201999 192.0.2.1").epochMilli());
        assertEquals(1_793_491_201_998L, apache("%{end:usec}t %h", "1793491201998999 192.0.2.1").epochMilli());
        assertEquals(SECOND, apache("%{end:usec}t %h", "1793491201998999 192.0.2.1").epochSecond());
    }

    @Test
    void nginxMsecKeepsTheMilliseconds() {
        LogRecord r = nginx("$msec $request_uri", "1793491201.123 /a");

        assertEquals(1_793_491_201_123L, r.epochMilli());
        assertEquals(SECOND, r.epochSecond());
    }

    @Test
    void iso8601FractionIsKeptToTheMillisecond() {
        LogRecord r = nginx("$time_iso8601 $request_uri", "2026-11-01T01:00:01.0459+01:00 /a");

        assertEquals(1_793_491_201_045L, r.epochMilli());
        assertEquals(OffsetDateTime.parse("2026-11-01T01:00:01.045+01:00"), r.timestamp());
    }

    @Test
    void caddyFloatTsKeepsTheMilliseconds() {
        LogRecord r = Lines.parse(CaddyLogFormat.JSON.newParser(), "{\"ts\":1793491201.5241024,\"request\":"
                + "{\"remote_ip\":\"192.0.2.4\",\"method\":\"GET\",\"uri\":\"/\"},\"status\":200}");

        assertEquals(1_793_491_201_524L, r.epochMilli());
        assertEquals(SECOND, r.epochSecond());
    }

    @Test
    void caddyIsoTsKeepsTheMilliseconds() {
        LogRecord r = Lines.parse(CaddyLogFormat.JSON.newParser(), "{\"ts\":\"2026-11-01T01:00:01.5+01:00\",\"request\":"
                + "{\"remote_ip\":\"192.0.2.4\",\"method\":\"GET\",\"uri\":\"/\"},\"status\":200}");

        assertEquals(1_793_491_201_500L, r.epochMilli());
    }

    @Test
    void w3cTimeFractionIsKeptToTheMillisecond() {
        LogParser parser = W3cLogFormat.withFields("#Fields: date time c-ip sc-status").newParser();

        assertEquals(1_793_491_201_123L, Lines.parse(parser, "2026-11-01 00:00:01.123 192.0.2.8 200").epochMilli());
        assertEquals(1_793_491_201_100L, Lines.parse(parser, "2026-11-01 00:00:01.1 192.0.2.8 200").epochMilli());
        assertEquals(1_793_491_201_987L, Lines.parse(parser, "2026-11-01 00:00:01.9876543 192.0.2.8 200").epochMilli());
    }

    @Test
    void haproxyAcceptDateKeepsTheMilliseconds() {
        LogRecord r = Lines.parse(HaproxyLogFormat.HTTP.newParser(), "10.0.1.2:1 [01/Nov/2026:00:00:01.655] fe be/s "
                + "1/0/0/1/2 200 1 - - ---- 0/0/0/0/0 0/0 \"GET / HTTP/1.1\"");

        assertEquals(1_793_491_201_655L, r.epochMilli());
    }

    @Test
    void timestampOfASecondPrecisionFormatIsOnTheSecond() {
        LogRecord r = Lines.parse(NcsaLogFormat.COMMON.newParser(),
                "192.0.2.1 - - [01/Nov/2026:00:00:01 +0000] \"GET / HTTP/1.1\" 200 1");

        assertEquals(1_793_491_201_000L, r.epochMilli());
    }
}
