package io.hitstream.agent.cli;

import io.hitstream.logformat.LogFormat;
import io.hitstream.logformat.LogFormatException;
import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.LogRecord;
import io.hitstream.logformat.NumericField;
import io.hitstream.logformat.ParseTally;
import io.hitstream.logformat.ParserOptions;
import io.hitstream.logformat.RejectReason;
import io.hitstream.logformat.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check}: shows how a log's lines parse with a format, as pmdaweblog's -C checks its configuration. */
@Command(name = "check", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Reads FILE with a format, prints the first lines field by field, then how many lines parsed "
                + "and, per reason, how many were rejected with an example. Exit status 0 when some line parsed, "
                + "1 when none did, 2 when the format is unknown or invalid."})
public final class CheckCommand implements Callable<Integer> {
    /** Longest value or line printed, in characters; log content is hostile and may be huge. */
    private static final int MAX_SHOWN_CHARS = 200;
    private static final int SAMPLES_PER_REASON = 1;
    private static final int READ_BUFFER_BYTES = 1 << 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "A preset (combined, common, vhost_combined, combined_latency, nginx, w3c, squid, caddy, "
                    + "haproxy), an Apache LogFormat string, an nginx log_format string, or a W3C #Fields: line.")
    private String format;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "10",
            description = "Lines to show field by field (default: ${DEFAULT-VALUE}).")
    private int shownLines;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Zone of timestamps logged without an offset, e.g. HAProxy's (default: ${DEFAULT-VALUE}).")
    private String timeZone;

    @Parameters(index = "0", paramLabel = "FILE", description = "The log to read.")
    private Path file;

    @Override
    public Integer call() throws IOException {
        LogParser parser = logFormat().newParser(ParserOptions.DEFAULTS.withLocalTimeZone(zone()));
        PrintWriter out = spec.commandLine().getOut();
        ParseTally tally = new ParseTally(SAMPLES_PER_REASON, MAX_SHOWN_CHARS);
        LogRecord record = new LogRecord();
        long lines;
        try (InputStream in = Files.newInputStream(file)) {
            lines = forEachLine(in, ParserOptions.DEFAULTS.limits().maxLineBytes(), (number, buf, start, end) -> {
                parser.parse(buf, start, end, record);
                tally.add(record, buf, start, end);
                if (number <= shownLines) {
                    show(out, number, record, buf, start, end);
                }
            });
        }
        summarize(out, lines, tally);
        out.flush();
        return tally.parsedLines() > 0 ? 0 : 1;
    }

    private LogFormat logFormat() {
        if (shownLines < 0) {
            throw new ParameterException(spec.commandLine(), "--lines must not be negative: " + shownLines);
        }
        try {
            return LogFormatRegistry.standard().resolve(format);
        } catch (LogFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "not a time zone: '" + timeZone + "'", e);
        }
    }

    private static void show(PrintWriter out, long number, LogRecord record, byte[] buf, int start, int end) {
        RejectReason reason = record.rejectReason();
        if (reason != null) {
            String what = reason.isRejection() ? "rejected, " + reason.code() : "directive";
            out.println("line " + number + ": " + what + ": " + shown(new String(buf, start, end - start, StandardCharsets.UTF_8)));
            return;
        }
        out.println("line " + number + ": parsed" + (record.quoteRepaired() ? " (an unmatched quote repaired)" : ""));
        if (record.hasTimestamp()) {
            field(out, "timestamp", record.timestamp().toString(), false);
        }
        for (TextField field : TextField.values()) {
            if (record.has(field)) {
                field(out, name(field), record.text(field), record.isTruncated(field));
            }
        }
        for (NumericField field : NumericField.values()) {
            if (record.has(field)) {
                field(out, name(field), Long.toString(record.number(field)), false);
            }
        }
        for (int i = 0; i < record.headerCount(); i++) {
            String kind = record.isRequestHeader(i) ? "request header " : "response header ";
            field(out, kind + shown(record.headerName(i)), record.headerValue(i), record.isHeaderTruncated(i));
        }
    }

    private static void field(PrintWriter out, String name, String value, boolean truncated) {
        out.printf("  %-24s %s%s%n", name, shown(value), truncated ? " (truncated)" : "");
    }

    private void summarize(PrintWriter out, long lines, ParseTally tally) {
        out.printf("%s: %d lines, %d parsed, %d rejected, %d directives; %d fields truncated, %d quotes repaired%n",
                shown(file.toString()), lines, tally.parsedLines(), tally.rejectedLines(), tally.directiveLines(),
                tally.truncatedFields(), tally.repairedLines());
        for (Map.Entry<RejectReason, Long> rejection : tally.rejections().entrySet()) {
            String example = tally.samples(rejection.getKey()).get(0);
            out.printf("  %-24s %d, e.g. %s%n", rejection.getKey().code(), rejection.getValue(), shown(example));
        }
    }

    private static String name(Enum<?> field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** Text safe for a terminal: control characters written as \xhh, cut to {@link #MAX_SHOWN_CHARS}. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN_CHARS) + 8);
        int i = 0;
        for (; i < text.length() && out.length() < MAX_SHOWN_CHARS; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (i < text.length()) {
            out.append("...");
        }
        return out.toString();
    }

    /**
     * Hands each line of {@code in} (without its '\n', the last one even without one) to {@code consumer}
     * and returns how many there were; a line longer than the buffer is handed over cut just past
     * {@code maxLineBytes}, so the parser rejects it as too long, and the rest of it is skipped.
     */
    private static long forEachLine(InputStream in, int maxLineBytes, LineConsumer consumer) throws IOException {
        byte[] buf = new byte[Math.max(READ_BUFFER_BYTES, maxLineBytes + 1)];
        long lines = 0;
        int filled = 0;
        boolean skippingLongLine = false;
        for (int read = in.read(buf); read >= 0; read = in.read(buf, filled, buf.length - filled)) {
            filled += read;
            int lineStart = 0;
            for (int i = filled - read; i < filled; i++) {
                if (buf[i] == '\n') {
                    if (!skippingLongLine) {
                        consumer.line(++lines, buf, lineStart, i);
                    }
                    skippingLongLine = false;
                    lineStart = i + 1;
                }
            }
            if (lineStart == 0 && filled == buf.length) {
                if (!skippingLongLine) {
                    consumer.line(++lines, buf, 0, maxLineBytes + 1);
                }
                skippingLongLine = true;
                lineStart = filled;
            }
            System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
            filled -= lineStart;
        }
        if (filled > 0 && !skippingLongLine) {
            consumer.line(++lines, buf, 0, filled);
        }
        return lines;
    }

    /** Receives one line of a file and its 1-based number. */
    @FunctionalInterface
    private interface LineConsumer {
        void line(long number, byte[] buf, int start, int end);
    }
}
