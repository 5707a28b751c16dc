package io.hitstream.logformat;

/** Makes the compile errors of one format string of one dialect. */
final class FormatErrors {
    private final String dialect;
    private final String format;

    FormatErrors(String dialect, String format) {
        this.dialect = dialect;
        this.format = format;
    }

    InvalidLogFormatException at(int position, String problem) {
        return new InvalidLogFormatException(dialect, format, position, problem);
    }
}
