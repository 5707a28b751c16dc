package io.hitstream.logformat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Compiles the strftime(3) format of Apache's %{format}t into a {@link StrftimeStep}. */
final class StrftimeCompiler {
    private final ByteArrayOutputStream ops = new ByteArrayOutputStream();
    private final ByteArrayOutputStream literals = new ByteArrayOutputStream();
    private final FormatErrors errors;
    private final int position;

    private StrftimeCompiler(FormatErrors errors, int position) {
        this.errors = errors;
        this.position = position;
    }

    /**
     * @param format the strftime format
     * @param position where the directive starts in the log format, for error messages
     */
    static StrftimeStep compile(String format, String directive, FormatErrors errors, int position) {
        StrftimeCompiler compiler = new StrftimeCompiler(errors, position);
        compiler.add(format);
        if (compiler.ops.size() == 0) {
            throw errors.at(position, "empty time format in " + directive);
        }
        return new StrftimeStep(compiler.ops.toByteArray(), compiler.literals.toByteArray(), directive);
    }

    private void add(String format) {
        byte[] bytes = format.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '%') {
                op(StrftimeStep.LITERAL, bytes[i]);
                continue;
            }
            i++;
            if (i < bytes.length && (bytes[i] == 'E' || bytes[i] == 'O')) {
                i++;
            }
            if (i == bytes.length) {
                throw errors.at(position, "time format \"" + format + "\" ends with a lone '%'");
            }
            conversion((char) bytes[i], format);
        }
    }

    private void conversion(char c, String format) {
        switch (c) {
            case 'T' -> add("%H:%M:%S");
            case 'D' -> add("%m/%d/%y");
            case 'F' -> add("%Y-%m-%d");
            case 'R' -> add("%H:%M");
            case 'r' -> add("%I:%M:%S %p");
            case '%' -> op(StrftimeStep.LITERAL, (byte) '%');
            case 'n', 't' -> op(StrftimeStep.BLANKS, (byte) 0);
            default -> op(simpleConversion(c, format), (byte) 0);
        }
    }

    private byte simpleConversion(char c, String format) {
        switch (c) {
            case 'Y':
                return StrftimeStep.YEAR;
            case 'y':
                return StrftimeStep.YEAR_OF_CENTURY;
            case 'm':
                return StrftimeStep.MONTH;
            case 'd':
                return StrftimeStep.DAY;
            case 'e':
                return StrftimeStep.SPACE_PADDED_DAY;
            case 'j':
                return StrftimeStep.DAY_OF_YEAR;
            case 'H':
                return StrftimeStep.HOUR;
            case 'I':
                return StrftimeStep.HOUR12;
            case 'M':
                return StrftimeStep.MINUTE;
            case 'S':
                return StrftimeStep.SECOND;
            case 'p':
                return StrftimeStep.AM_PM;
            case 'b', 'h':
                return StrftimeStep.MONTH_ABBREVIATION;
            case 'B':
                return StrftimeStep.MONTH_NAME;
            case 'a':
                return StrftimeStep.WEEKDAY_ABBREVIATION;
            case 'A':
                return StrftimeStep.WEEKDAY_NAME;
            case 'u', 'w':
                return StrftimeStep.WEEKDAY_NUMBER;
            case 'z':
                return StrftimeStep.OFFSET;
            case 'Z':
                return StrftimeStep.ZONE_NAME;
            case 's':
                return StrftimeStep.EPOCH_SECONDS;
            default:
                throw errors.at(position, "unsupported strftime conversion %" + c + " in time format \"" + format + "\"");
        }
    }

    private void op(byte op, byte literal) {
        ops.write(op);
        literals.write(literal);
    }
}
