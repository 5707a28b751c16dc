package io.hitstream.logformat;

/** Why a line was not parsed; {@link #code()} is the stable name counted and reported per site. */
public enum RejectReason {
    /** The line holds nothing but blanks. */
    EMPTY("empty"),
    /** The line is longer than the parser's limit. */
    TOO_LONG("too_long"),
    /** The line ends before the format does: it was cut off. */
    TRUNCATED("truncated"),
    /** The line's shape (fields, separators, quotes) is not the format's. */
    NOT_MATCHING_FORMAT("not_matching_format"),
    /** The timestamp field is not a valid date, time and zone offset. */
    BAD_TIMESTAMP("bad_timestamp"),
    /** The quoted request is not "METHOD target [protocol]" (nor "-"). */
    BAD_REQUEST_LINE("bad_request_line"),
    /** The status is not three digits. */
    BAD_STATUS("bad_status"),
    /** A byte count is neither digits nor "-". */
    BAD_SIZE("bad_size"),
    /** Another numeric field (a latency, a port) is not a number. */
    BAD_NUMBER("bad_number"),
    /**
     * Not a request but a directive of the log file itself, e.g. W3C's {@code #Fields:}: the parser
     * has read it, and callers should skip it rather than count it as a rejection.
     */
    DIRECTIVE("directive"),
    /** The parser failed on this line: a defect in Hitstream, never expected. */
    PARSER_FAULT("parser_fault");

    private static final RejectReason[] VALUES = values();

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** The machine-readable reason, e.g. {@code not_matching_format}. */
    public String code() {
        return code;
    }

    /** Whether this is a rejected line to count, as opposed to a {@link #DIRECTIVE} that was read. */
    public boolean isRejection() {
        return this != DIRECTIVE;
    }

    /** The negative code a parsing step returns for this reason. */
    int failure() {
        return ~ordinal();
    }

    /** The reason of a negative code returned by {@link #failure()}. */
    static RejectReason ofFailure(int failure) {
        return VALUES[~failure];
    }
}
