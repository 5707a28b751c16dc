package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Compiles an Apache httpd {@code LogFormat} string, as written in httpd.conf (a whole
 * {@code LogFormat "..." nickname} line is accepted too), into a {@link LogFormat}.
 */
public final class ApacheFormatCompiler {
    private static final String DIALECT = "Apache";
    private static final long MICROS_PER_SECOND = 1_000_000;
    private static final long MICROS_PER_MILLI = 1000;

    private final String format;
    private final FormatErrors errors;
    private final FormatParts parts = new FormatParts();

    private ApacheFormatCompiler(String format) {
        this.format = format;
        this.errors = new FormatErrors(DIALECT, format);
    }

    /** Compiles a format string, named after itself; throws {@link InvalidLogFormatException} when it is invalid. */
    public static LogFormat compile(String format) {
        return compile(format, format);
    }

    /** Compiles a format string under a name; throws {@link InvalidLogFormatException} when it is invalid. */
    public static LogFormat compile(String name, String format) {
        String body = ConfigLines.apacheFormat(format);
        ApacheFormatCompiler compiler = new ApacheFormatCompiler(body);
        compiler.parse();
        return new CompiledLogFormat(name, StepLinker.link(compiler.parts.parts(), compiler.errors));
    }

    private void parse() {
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '%') {
                i = directive(i);
            } else if (c == '\\' && i + 1 < format.length()) {
                i = configEscape(i);
            } else {
                int codePointEnd = format.offsetByCodePoints(i, 1);
                parts.literal(format.substring(i, codePointEnd).getBytes(StandardCharsets.UTF_8));
                i = codePointEnd;
            }
        }
    }

    /** httpd.conf's {@code \"} and mod_log_config's {@code \n} and {@code \t}; other backslashes stay. */
    private int configEscape(int i) {
        char next = format.charAt(i + 1);
        switch (next) {
            case '"' -> parts.literal((byte) '"');
            case 't' -> parts.literal((byte) '\t');
            case 'n' -> throw errors.at(i, "a line break (\\n) inside a format cannot be read line by line");
            default -> {
                parts.literal((byte) '\\');
                return i + 1;
            }
        }
        return i + 2;
    }

    /** Reads {@code %[!][status,...][<>]{arg}letter} at {@code start}; returns the index after it. */
    private int directive(int start) {
        int i = start + 1;
        if (i < format.length() && format.charAt(i) == '%') {
            parts.literal((byte) '%');
            return i + 1;
        }
        String arg = null;
        boolean finalStatus = false;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '{') {
                int close = format.indexOf('}', i);
                if (close < 0) {
                    throw errors.at(i, "'{' is never closed");
                }
                arg = format.substring(i + 1, close);
                i = close + 1;
            } else if (c == '>') {
                finalStatus = true;
                i++;
            } else if (c == '<' || c == '!' || c == ',' || (c >= '0' && c <= '9')) {
                i++;
            } else if (c == '^') {
                String letters = i + 3 <= format.length() ? format.substring(i, i + 3) : format.substring(i);
                return field(start, i + letters.length(), letters, arg, finalStatus);
            } else {
                return field(start, i + 1, String.valueOf(c), arg, finalStatus);
            }
        }
        throw errors.at(start, "the format ends inside a directive");
    }

    private int field(int start, int end, String letter, String arg, boolean finalStatus) {
        String directive = format.substring(start, end);
        if (letter.equals("U") && format.startsWith("%q", end)) {
            parts.field(bounded(directive + "%q", start,
                    bounds -> new TargetStep(bounds, "%U%q", TextEscaping.BACKSLASH)));
            return end + 2;
        }
        parts.field(spec(letter, arg, finalStatus, directive, start));
        return end;
    }

    private FieldSpec spec(String letter, String arg, boolean finalStatus, String directive, int position) {
        switch (letter) {
            case "h":
                return text(directive, position, TextTarget.field(TextField.CLIENT_ADDRESS, true), false);
            case "a":
                boolean peer = "c".equals(arg);
                return text(directive, position, TextTarget.field(TextField.CLIENT_ADDRESS, peer), false);
            case "l":
                return text(directive, position, TextTarget.field(TextField.IDENT, false), false);
            case "u":
                return text(directive, position, TextTarget.field(TextField.USER, false), false);
            case "t":
                return time(directive, position, arg);
            case "r":
                return bounded(directive, position, bounds -> new RequestLineStep(bounds, directive, TextEscaping.BACKSLASH));
            case "s":
                return bounded(directive, position, bounds -> new StatusStep(bounds, directive, !finalStatus));
            case "b", "B":
                return integer(directive, position, NumericField.RESPONSE_BYTES, 1, false);
            case "O":
                return integer(directive, position, NumericField.RESPONSE_BYTES, 1, true);
            case "I":
                return integer(directive, position, NumericField.REQUEST_BYTES, 1, false);
            case "D":
                return integer(directive, position, NumericField.LATENCY_MICROS, 1, false);
            case "T":
                return integer(directive, position, NumericField.LATENCY_MICROS, timeTakenUnit(arg, position), false);
            case "p":
                return port(directive, position, arg);
            default:
                return requestPart(letter, arg, directive, position);
        }
    }

    private FieldSpec requestPart(String letter, String arg, String directive, int position) {
        switch (letter) {
            case "v":
                return text(directive, position, TextTarget.field(TextField.VIRTUAL_HOST, true), false);
            case "V":
                return text(directive, position, TextTarget.field(TextField.VIRTUAL_HOST, false), false);
            case "H":
                return text(directive, position, TextTarget.field(TextField.PROTOCOL, true), false);
            case "m":
                return text(directive, position, TextTarget.field(TextField.METHOD, true), false);
            case "U":
                return text(directive, position, TextTarget.field(TextField.PATH, true), false);
            case "q":
                return bounded(directive, position, bounds -> new QueryStep(bounds, directive, true, TextEscaping.BACKSLASH));
            case "i":
                return text(directive, position, TextTarget.requestHeader(required(arg, directive, position)), true);
            case "o":
                return text(directive, position, TextTarget.responseHeader(required(arg, directive, position)), true);
            case "C", "e", "n", "x", "^ti", "^to":
                required(arg, directive, position);
                return text(directive, position, TextTarget.IGNORED, true);
            case "A", "f", "k", "L", "P", "R", "S", "X":
                return text(directive, position, TextTarget.IGNORED, true);
            default:
                throw errors.at(position, "unknown directive " + directive);
        }
    }

    private FieldSpec time(String directive, int position, String arg) {
        if (arg == null) {
            return FieldSpec.selfDelimited(directive, position, new ClfTimeStep(true, directive));
        }
        String timeFormat = arg.startsWith("begin:") || arg.startsWith("end:") ? arg.substring(arg.indexOf(':') + 1) : arg;
        switch (timeFormat) {
            case "sec":
                return bounded(directive, position, bounds -> new EpochTimeStep(bounds, directive, 0));
            case "msec":
                return bounded(directive, position, bounds -> new EpochTimeStep(bounds, directive, 3));
            case "usec":
                return bounded(directive, position, bounds -> new EpochTimeStep(bounds, directive, 6));
            case "msec_frac":
                return bounded(directive, position, bounds -> new SecondFractionStep(bounds, directive, 3));
            case "usec_frac":
                return bounded(directive, position, bounds -> new SecondFractionStep(bounds, directive, 6));
            default:
                return FieldSpec.selfDelimited(directive, position,
                        StrftimeCompiler.compile(timeFormat, directive, errors, position));
        }
    }

    private FieldSpec port(String directive, int position, String arg) {
        String kind = arg == null ? "canonical" : arg.toLowerCase(Locale.ROOT);
        switch (kind) {
            case "canonical":
                return integer(directive, position, NumericField.SERVER_PORT, 1, false);
            case "local":
                return integer(directive, position, NumericField.SERVER_PORT, 1, true);
            case "remote":
                return text(directive, position, TextTarget.IGNORED, false);
            default:
                throw errors.at(position, "unknown port kind in " + directive + " (canonical, local or remote)");
        }
    }

    private long timeTakenUnit(String arg, int position) {
        if (arg == null || arg.equals("s")) {
            return MICROS_PER_SECOND;
        }
        if (arg.equals("ms")) {
            return MICROS_PER_MILLI;
        }
        if (arg.equals("us")) {
            return 1;
        }
        throw errors.at(position, "unknown unit {" + arg + "} of %T (s, ms or us)");
    }

    private String required(String arg, String directive, int position) {
        if (arg == null || arg.isEmpty()) {
            throw errors.at(position, directive + " needs a name in braces, e.g. %{User-Agent}i");
        }
        return arg;
    }

    private static FieldSpec text(String directive, int position, TextTarget target, boolean emptyAllowed) {
        return bounded(directive, position, bounds -> new TextStep(bounds, directive, target, emptyAllowed, TextEscaping.BACKSLASH));
    }

    private static FieldSpec integer(String directive, int position, NumericField field, long multiplier, boolean weak) {
        return bounded(directive, position, bounds -> new IntegerStep(bounds, directive, field, multiplier, weak));
    }

    private static FieldSpec bounded(String directive, int position, Function<FieldBounds, Step> step) {
        return FieldSpec.bounded(directive, position, step);
    }
}
