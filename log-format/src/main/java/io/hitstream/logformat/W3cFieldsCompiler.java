package io.hitstream.logformat;

import java.util.Locale;
import java.util.function.Function;

/**
 * Compiles the column list of a W3C Extended {@code #Fields:} directive into steps: columns
 * separated by single spaces, "-" for absent values, text columns written plain or as quoted
 * strings, unknown columns read and ignored.
 */
final class W3cFieldsCompiler {
    static final String FIELDS_DIRECTIVE = "#Fields:";
    private static final String DIALECT = "W3C";

    private W3cFieldsCompiler() {
    }

    /** The steps of a {@code #Fields:} line (the directive itself optional); throws when it names no column. */
    static Step[] compile(String fieldsLine) {
        String fields = fieldsLine.strip();
        if (fields.startsWith(FIELDS_DIRECTIVE)) {
            fields = fields.substring(FIELDS_DIRECTIVE.length()).strip();
        }
        FormatErrors errors = new FormatErrors(DIALECT, fieldsLine);
        if (fields.isEmpty()) {
            throw errors.at(0, "#Fields: names no column");
        }
        FormatParts parts = new FormatParts();
        int position = 0;
        for (String name : fields.split("[ \t]+")) {
            if (position > 0) {
                parts.literal((byte) ' ');
            }
            parts.field(column(name, position));
            position += name.length() + 1;
        }
        return StepLinker.link(parts.parts(), errors);
    }

    private static FieldSpec column(String name, int position) {
        String key = name.toLowerCase(Locale.ROOT);
        switch (key) {
            case "date":
                return bounded(name, position, bounds -> new W3cDateTimeStep(bounds, name, true));
            case "time":
                return bounded(name, position, bounds -> new W3cDateTimeStep(bounds, name, false));
            case "c-ip":
                return text(name, position, TextTarget.field(TextField.CLIENT_ADDRESS, false));
            case "cs-username":
                return text(name, position, TextTarget.field(TextField.USER, false));
            case "cs-method":
                return text(name, position, TextTarget.field(TextField.METHOD, false));
            case "cs-uri-stem":
                return text(name, position, TextTarget.field(TextField.PATH, false));
            case "cs-uri-query":
                return text(name, position, TextTarget.field(TextField.QUERY, false));
            case "cs-uri":
                return bounded(name, position, bounds -> new TargetStep(bounds, name, TextEscaping.NONE));
            case "cs-version":
                return text(name, position, TextTarget.field(TextField.PROTOCOL, false));
            case "cs-host":
                return text(name, position, TextTarget.field(TextField.VIRTUAL_HOST, false));
            case "s-sitename":
                // IIS's site instance (W3SVC1): a name that host aliases can map to a site, when no Host is logged.
                return text(name, position, TextTarget.field(TextField.VIRTUAL_HOST, true));
            case "sc-status":
                return bounded(name, position, bounds -> new StatusStep(bounds, name, false));
            case "sc-bytes":
                return integer(name, position, NumericField.RESPONSE_BYTES);
            case "cs-bytes":
                return integer(name, position, NumericField.REQUEST_BYTES);
            case "s-port":
                return integer(name, position, NumericField.SERVER_PORT);
            case "time-taken":
                return bounded(name, position, bounds -> new W3cTimeTakenStep(bounds, name));
            case "x-forwarded-for":
                return text(name, position, TextTarget.field(TextField.FORWARDED_FOR, false));
            default:
                return header(name, key, position);
        }
    }

    /** {@code cs(Name)} is a request header, {@code sc(Name)} a response header; IIS writes their spaces as '+'. */
    private static FieldSpec header(String name, String key, int position) {
        boolean request = key.startsWith("cs(");
        boolean response = key.startsWith("sc(");
        if ((!request && !response) || !key.endsWith(")")) {
            return text(name, position, TextTarget.IGNORED);
        }
        String header = name.substring(3, name.length() - 1);
        TextTarget target = request ? TextTarget.requestHeader(header) : TextTarget.responseHeader(header);
        boolean plusIsSpace = header.equalsIgnoreCase("User-Agent");
        return text(name, position, target, plusIsSpace ? TextEscaping.PLUS_AS_SPACE : TextEscaping.NONE, plusIsSpace);
    }

    private static FieldSpec text(String name, int position, TextTarget target) {
        return text(name, position, target, TextEscaping.NONE, false);
    }

    /** A text column; quoted, its value is taken as written ('+' stays '+'), only doubled quotes undone. */
    private static FieldSpec text(String name, int position, TextTarget target, TextEscaping escapedAs,
            boolean alwaysEscaped) {
        return FieldSpec.bounded(name, position, bounds -> new W3cColumnStep(
                new TextStep(bounds, name, target, false, escapedAs, alwaysEscaped),
                new TextStep(bounds, name, target, true, TextEscaping.DOUBLED_QUOTES, true)));
    }

    private static FieldSpec integer(String name, int position, NumericField field) {
        return bounded(name, position, bounds -> new IntegerStep(bounds, name, field, 1, false));
    }

    /** A column of numbers, dates or URIs, read the same between quotes. */
    private static FieldSpec bounded(String name, int position, Function<FieldBounds, BoundedStep> step) {
        return FieldSpec.bounded(name, position, bounds -> {
            BoundedStep column = step.apply(bounds);
            return new W3cColumnStep(column, column);
        });
    }
}
