package io.hitstream.logformat;

/** Why a line was not parsed; {@link #code()} is the stable name counted and reported per site. */
public enum RejectReason {
    /** The line holds nothing but blanks. */
    EMPTY("empty"),
    /** The line is longer than the parser's limit. */
    TOO_LONG("too_long"),
    /** The line's shape (fields, separators, quotes) is not the format's. */
    NOT_MATCHING_FORMAT("not_matching_format"),
    /** The timestamp field is not a valid date, time and zone offset. */
    BAD_TIMESTAMP("bad_timestamp"),
    /** The quoted request is not "METHOD target [protocol]" (nor "-"). */
    BAD_REQUEST_LINE("bad_request_line"),
    /** The status is not three digits. */
    BAD_STATUS("bad_status"),
    /** The response size is neither digits nor "-". */
    BAD_SIZE("bad_size");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** The machine-readable reason, e.g. {@code not_matching_format}. */
    public String code() {
        return code;
    }
}
