package io.hitstream.logformat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.ZoneId;
import java.util.List;

/**
 * Jazzer fuzz targets: no line makes any parser fail, and no format string makes a compiler throw
 * anything but {@link InvalidLogFormatException}. Tagged "jazzer", so only the {@code fuzz} profile runs them.
 */
class LogParserFuzzTest {
    private static final List<LogFormat> FORMATS = List.of(NcsaLogFormat.COMBINED, NcsaLogFormat.COMMON,
            NcsaLogFormat.VHOST_COMBINED, NcsaLogFormat.COMBINED_LATENCY, NcsaLogFormat.NGINX, W3cLogFormat.W3C,
            SquidLogFormat.NATIVE, CaddyLogFormat.JSON, HaproxyLogFormat.HTTP,
            ApacheFormatCompiler.compile("[%{%d/%b/%Y %T %z}t] %a %{ms}T %{Host}i \"%r\" %>s %B \"%{X-Forwarded-For}i\""),
            NginxFormatCompiler.compile("$remote_addr [$time_iso8601] \"$request\" $status $request_time $upstream_response_time"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @FuzzTest(maxDuration = "5m")
    void everyLineIsParsedOrRejected(FuzzedDataProvider data) {
        LogFormat format = FORMATS.get(data.consumeInt(0, FORMATS.size() - 1));
        ParserLimits limits = new ParserLimits(data.consumeInt(1, 70_000), data.consumeInt(1, 5000));
        ClientAddressSource source = data.consumeBoolean() ? ClientAddressSource.LOGGED : ClientAddressSource.FIRST_PUBLIC_FORWARDED_FOR;
        LogParser parser = format.newParser(new ParserOptions(limits, source, BERLIN));
        LogRecord record = new LogRecord();
        byte[] previous = data.consumeBytes(data.consumeInt(0, 300));
        parser.parse(previous, 0, previous.length, record);
        byte[] line = data.consumeRemainingAsBytes();
        check(parser.parse(line, 0, line.length, record), record);
    }

    @FuzzTest(maxDuration = "5m")
    void formatStringsCompileOrAreRefused(FuzzedDataProvider data) {
        String formatString = data.consumeString(200);
        byte[] line = data.consumeRemainingAsBytes();
        LogFormat format;
        try {
            format = LogFormatRegistry.standard().resolve(formatString);
        } catch (LogFormatException refused) {
            return;
        }
        LogRecord record = new LogRecord();
        check(format.newParser().parse(line, 0, line.length, record), record);
    }

    private static void check(boolean parsed, LogRecord record) {
        if (parsed != (record.rejectReason() == null) || record.rejectReason() == RejectReason.PARSER_FAULT) {
            throw new AssertionError("parsed=" + parsed + " reason=" + record.rejectReason());
        }
        for (TextField field : TextField.values()) {
            if (record.has(field) != (record.text(field) != null)) {
                throw new AssertionError(field + " present but without text");
            }
        }
        for (int i = 0; i < record.headerCount(); i++) {
            record.headerName(i);
            record.headerValue(i);
        }
        record.timestamp();
    }
}
