package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Compiles an nginx {@code log_format} string ({@code $variable} and {@code ${variable}}; a whole
 * {@code log_format name [escape=...] '...' ...;} directive is accepted too) into a {@link LogFormat}.
 * Variables Hitstream does not keep are still read, so any valid nginx format compiles.
 */
public final class NginxFormatCompiler {
    private static final String DIALECT = "nginx";
    private static final String REQUEST_HEADER_PREFIX = "http_";
    private static final String RESPONSE_HEADER_PREFIX = "sent_http_";
    private static final String URI_WITH_ARGS = "$uri$is_args$args";

    private final String format;
    private final FormatErrors errors;
    private final TextEscaping escapedAs;
    private final FormatParts parts = new FormatParts();

    private NginxFormatCompiler(String format, TextEscaping escapedAs) {
        this.format = format;
        this.errors = new FormatErrors(DIALECT, format);
        this.escapedAs = escapedAs;
    }

    /** Compiles a format string, named after itself; throws {@link InvalidLogFormatException} when it is invalid. */
    public static LogFormat compile(String format) {
        return compile(format, format);
    }

    /** Compiles a format string under a name; throws {@link InvalidLogFormatException} when it is invalid. */
    public static LogFormat compile(String name, String format) {
        ConfigLines.NginxDirective directive = ConfigLines.nginxDirective(format);
        String body = directive == null ? format : directive.format();
        TextEscaping escaping = directive == null ? TextEscaping.BACKSLASH : escaping(directive.escape(), format);
        NginxFormatCompiler compiler = new NginxFormatCompiler(body, escaping);
        compiler.parse();
        return new CompiledLogFormat(name, StepLinker.link(compiler.parts.parts(), compiler.errors));
    }

    private static TextEscaping escaping(String escape, String format) {
        switch (escape) {
            case "default":
                return TextEscaping.BACKSLASH;
            case "json":
                return TextEscaping.JSON;
            case "none":
                return TextEscaping.NONE;
            default:
                throw new InvalidLogFormatException(DIALECT, format, format.indexOf("escape="),
                        "unknown escape=" + escape + " (default, json or none)");
        }
    }

    private void parse() {
        int i = 0;
        while (i < format.length()) {
            if (format.charAt(i) == '$') {
                i = variable(i);
            } else {
                int codePointEnd = format.offsetByCodePoints(i, 1);
                parts.literal(format.substring(i, codePointEnd).getBytes(StandardCharsets.UTF_8));
                i = codePointEnd;
            }
        }
    }

    /** Reads {@code $name} or {@code ${name}} at {@code start}; returns the index after it. */
    private int variable(int start) {
        if (format.startsWith(URI_WITH_ARGS, start)) {
            parts.field(bounded(URI_WITH_ARGS, start, bounds -> new TargetStep(bounds, URI_WITH_ARGS, escapedAs)));
            return start + URI_WITH_ARGS.length();
        }
        boolean braced = start + 1 < format.length() && format.charAt(start + 1) == '{';
        int nameStart = start + (braced ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < format.length() && isNameChar(format.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            throw errors.at(start, "expected a variable name after '$'");
        }
        int end = nameEnd;
        if (braced) {
            if (nameEnd >= format.length() || format.charAt(nameEnd) != '}') {
                throw errors.at(start, "'${' is never closed with '}'");
            }
            end++;
        }
        String name = format.substring(nameStart, nameEnd);
        parts.field(spec(name.toLowerCase(Locale.ROOT), format.substring(start, end), start));
        return end;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private FieldSpec spec(String name, String directive, int position) {
        switch (name) {
            case "remote_addr":
                return text(directive, position, TextTarget.field(TextField.CLIENT_ADDRESS, false));
            case "remote_user":
                return text(directive, position, TextTarget.field(TextField.USER, false));
            case "time_local":
                return FieldSpec.selfDelimited(directive, position, new ClfTimeStep(false, directive));
            case "time_iso8601":
                return FieldSpec.selfDelimited(directive, position, new Iso8601TimeStep(directive));
            case "msec":
                return bounded(directive, position, bounds -> new EpochTimeStep(bounds, directive, 0));
            case "request":
                return bounded(directive, position, bounds -> new RequestLineStep(bounds, directive, escapedAs));
            case "status":
                return bounded(directive, position, bounds -> new StatusStep(bounds, directive, false));
            case "body_bytes_sent":
                return integer(directive, position, NumericField.RESPONSE_BYTES, false);
            case "bytes_sent":
                return integer(directive, position, NumericField.RESPONSE_BYTES, true);
            case "request_length":
                return integer(directive, position, NumericField.REQUEST_BYTES, false);
            case "server_port":
                return integer(directive, position, NumericField.SERVER_PORT, false);
            case "request_time":
                return bounded(directive, position, bounds -> new DecimalSecondsStep(bounds, directive, NumericField.LATENCY_MICROS));
            case "upstream_response_time":
                return FieldSpec.selfDelimited(directive, position, new UpstreamTimesStep(directive));
            default:
                return requestPart(name, directive, position);
        }
    }

    private FieldSpec requestPart(String name, String directive, int position) {
        switch (name) {
            case "request_method":
                return text(directive, position, TextTarget.field(TextField.METHOD, true));
            case "request_uri":
                return bounded(directive, position, bounds -> new TargetStep(bounds, directive, escapedAs));
            case "uri", "document_uri":
                return text(directive, position, TextTarget.field(TextField.PATH, true));
            case "args", "query_string":
                return bounded(directive, position, bounds -> new QueryStep(bounds, directive, false, escapedAs));
            case "server_protocol":
                return text(directive, position, TextTarget.field(TextField.PROTOCOL, true));
            case "host":
                return text(directive, position, TextTarget.field(TextField.VIRTUAL_HOST, false));
            case "server_name":
                return text(directive, position, TextTarget.field(TextField.VIRTUAL_HOST, true));
            default:
                return text(directive, position, header(name));
        }
    }

    /** {@code $http_user_agent} is the User-Agent request header, {@code $sent_http_x_id} the X-Id response header. */
    private static TextTarget header(String name) {
        if (name.startsWith(RESPONSE_HEADER_PREFIX)) {
            return TextTarget.responseHeader(headerName(name.substring(RESPONSE_HEADER_PREFIX.length())));
        }
        if (name.startsWith(REQUEST_HEADER_PREFIX)) {
            return TextTarget.requestHeader(headerName(name.substring(REQUEST_HEADER_PREFIX.length())));
        }
        return TextTarget.IGNORED;
    }

    private static String headerName(String variableSuffix) {
        return variableSuffix.replace('_', '-');
    }

    private FieldSpec text(String directive, int position, TextTarget target) {
        return bounded(directive, position, bounds -> new TextStep(bounds, directive, target, true, escapedAs));
    }

    private static FieldSpec integer(String directive, int position, NumericField field, boolean weak) {
        return bounded(directive, position, bounds -> new IntegerStep(bounds, directive, field, 1, weak));
    }

    private static FieldSpec bounded(String directive, int position, Function<FieldBounds, Step> step) {
        return FieldSpec.bounded(directive, position, step);
    }
}
