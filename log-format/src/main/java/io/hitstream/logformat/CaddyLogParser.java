package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/**
 * Reads Caddy's JSON lines in place with {@link JsonCursor}: no tree, no strings made; members
 * Hitstream does not keep are skipped. A line without a request and a status is not an access log entry.
 */
final class CaddyLogParser extends LineParser {
    private static final byte[] TS = key("ts");
    private static final byte[] REQUEST = key("request");
    private static final byte[] STATUS = key("status");
    private static final byte[] SIZE = key("size");
    private static final byte[] BYTES_READ = key("bytes_read");
    private static final byte[] DURATION = key("duration");
    private static final byte[] USER_ID = key("user_id");
    private static final byte[] RESPONSE_HEADERS = key("resp_headers");
    private static final byte[] REMOTE_IP = key("remote_ip");
    private static final byte[] CLIENT_IP = key("client_ip");
    private static final byte[] PROTO = key("proto");
    private static final byte[] METHOD = key("method");
    private static final byte[] HOST = key("host");
    private static final byte[] URI = key("uri");
    private static final byte[] HEADERS = key("headers");
    private static final int MICROS_SCALE = 6;
    /**
     * What {@link JsonCursor} and the member readers return for bad JSON; other negative values
     * are failures of a reason ({@link RejectReason#EMPTY}, whose failure is also -1, never arises here).
     */
    private static final int BAD_JSON = -1;

    private boolean sawTimestamp;
    private boolean sawRequest;
    private boolean sawStatus;

    CaddyLogParser(ParserOptions options) {
        super(options);
    }

    private static byte[] key(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    int parseLine(byte[] buf, int start, int end) {
        sawTimestamp = false;
        sawRequest = false;
        sawStatus = false;
        int p = JsonCursor.skipBlanks(buf, start, end);
        if (p == end || buf[p] != '{') {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        int after = readObject(buf, p, end, true, false);
        if (after < 0) {
            return after;
        }
        if (JsonCursor.skipBlanks(buf, after, end) != end || !sawRequest || !sawStatus) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        return sawTimestamp ? 0 : RejectReason.BAD_TIMESTAMP.failure();
    }

    /**
     * Reads the object at {@code pos}: the top-level entry, the request, or a headers object;
     * returns the index after it or a failure.
     */
    private int readObject(byte[] buf, int pos, int end, boolean topLevel, boolean requestObject) {
        int p = JsonCursor.skipBlanks(buf, pos + 1, end);
        if (p < end && buf[p] == '}') {
            return p + 1;
        }
        while (p < end) {
            int keyEnd = JsonCursor.stringEnd(buf, p, end);
            int value = JsonCursor.valueAfterKey(buf, keyEnd, end);
            if (keyEnd < 0 || value < 0 || value >= end) {
                return broken(buf, end);
            }
            int next = topLevel ? topMember(buf, p + 1, keyEnd, value, end)
                    : requestObject ? requestMember(buf, p + 1, keyEnd, value, end) : JsonCursor.skipValue(buf, value, end);
            if (next < 0) {
                return next == BAD_JSON ? broken(buf, end) : next;
            }
            p = JsonCursor.skipBlanks(buf, next, end);
            if (p < end && buf[p] == '}') {
                return p + 1;
            }
            if (p >= end || buf[p] != ',') {
                return broken(buf, end);
            }
            p = JsonCursor.skipBlanks(buf, p + 1, end);
        }
        return broken(buf, end);
    }

    /** Reads a member of the entry; returns the index after its value, {@link #BAD_JSON}, or another failure. */
    private int topMember(byte[] buf, int keyStart, int keyEnd, int value, int end) {
        if (is(buf, keyStart, keyEnd, TS)) {
            return timestamp(buf, value, end);
        }
        if (is(buf, keyStart, keyEnd, REQUEST)) {
            sawRequest = buf[value] == '{';
            return sawRequest ? readObject(buf, value, end, false, true) : BAD_JSON;
        }
        if (is(buf, keyStart, keyEnd, STATUS)) {
            return status(buf, value, end);
        }
        if (is(buf, keyStart, keyEnd, SIZE)) {
            return count(buf, value, end, NumericField.RESPONSE_BYTES);
        }
        if (is(buf, keyStart, keyEnd, BYTES_READ)) {
            return count(buf, value, end, NumericField.REQUEST_BYTES);
        }
        if (is(buf, keyStart, keyEnd, DURATION)) {
            return duration(buf, value, end);
        }
        if (is(buf, keyStart, keyEnd, USER_ID)) {
            return text(buf, value, end, TextField.USER, false);
        }
        if (is(buf, keyStart, keyEnd, RESPONSE_HEADERS)) {
            return headers(buf, value, end, false);
        }
        return JsonCursor.skipValue(buf, value, end);
    }

    private int requestMember(byte[] buf, int keyStart, int keyEnd, int value, int end) {
        if (is(buf, keyStart, keyEnd, REMOTE_IP)) {
            return text(buf, value, end, TextField.CLIENT_ADDRESS, true);
        }
        if (is(buf, keyStart, keyEnd, CLIENT_IP)) {
            return text(buf, value, end, TextField.CLIENT_ADDRESS, false);
        }
        if (is(buf, keyStart, keyEnd, PROTO)) {
            return text(buf, value, end, TextField.PROTOCOL, false);
        }
        if (is(buf, keyStart, keyEnd, METHOD)) {
            return text(buf, value, end, TextField.METHOD, false);
        }
        if (is(buf, keyStart, keyEnd, HOST)) {
            return text(buf, value, end, TextField.VIRTUAL_HOST, false);
        }
        if (is(buf, keyStart, keyEnd, URI)) {
            return uri(buf, value, end);
        }
        if (is(buf, keyStart, keyEnd, HEADERS)) {
            return headers(buf, value, end, true);
        }
        return JsonCursor.skipValue(buf, value, end);
    }

    /** {@code ts}: seconds since the epoch as a number (a fraction kept to the millisecond), or an ISO 8601 string. */
    private int timestamp(byte[] buf, int value, int end) {
        if (buf[value] == '"') {
            int close = JsonCursor.stringEnd(buf, value, end);
            if (close < 0) {
                return BAD_JSON;
            }
            if (Iso8601Timestamp.read(buf, value + 1, close, line.record) != close) {
                return RejectReason.BAD_TIMESTAMP.failure();
            }
            return accepted(close + 1, true);
        }
        int numberEnd = JsonCursor.numberEnd(buf, value, end);
        if (numberEnd < 0) {
            return BAD_JSON;
        }
        long millis = Digits.scaled(buf, value, numberEnd, EpochTimeStep.MILLIS_SCALE);
        if (millis == Digits.INVALID || millis / TimeParts.MILLIS_PER_SECOND > EpochTimeStep.MAX_EPOCH_SECOND) {
            return RejectReason.BAD_TIMESTAMP.failure();
        }
        line.record.setTimestamp(millis / TimeParts.MILLIS_PER_SECOND, (int) (millis % TimeParts.MILLIS_PER_SECOND), 0);
        return accepted(numberEnd, true);
    }

    private int accepted(int next, boolean timestamp) {
        sawTimestamp |= timestamp;
        line.verifiedFields++;
        return next;
    }

    private int status(byte[] buf, int value, int end) {
        int numberEnd = JsonCursor.numberEnd(buf, value, end);
        if (numberEnd < 0) {
            return BAD_JSON;
        }
        int status = numberEnd - value == 3 ? Digits.fixed(buf, value, 3) : -1;
        if (status < 0) {
            return RejectReason.BAD_STATUS.failure();
        }
        line.record.setStatus(status);
        sawStatus = true;
        return accepted(numberEnd, false);
    }

    private int count(byte[] buf, int value, int end, NumericField field) {
        int numberEnd = JsonCursor.numberEnd(buf, value, end);
        if (numberEnd < 0) {
            return BAD_JSON;
        }
        long count = Digits.parse(buf, value, numberEnd);
        if (count == Digits.INVALID) {
            return RejectReason.BAD_SIZE.failure();
        }
        line.record.setNumber(field, count);
        return accepted(numberEnd, false);
    }

    /** {@code duration}: seconds as a decimal, kept in microseconds. */
    private int duration(byte[] buf, int value, int end) {
        int numberEnd = JsonCursor.numberEnd(buf, value, end);
        if (numberEnd < 0) {
            return BAD_JSON;
        }
        long micros = Digits.scaled(buf, value, numberEnd, MICROS_SCALE);
        if (micros == Digits.INVALID) {
            return RejectReason.BAD_NUMBER.failure();
        }
        line.record.setNumber(NumericField.LATENCY_MICROS, micros);
        return accepted(numberEnd, false);
    }

    /** A string member; an empty string is absent. */
    private int text(byte[] buf, int value, int end, TextField field, boolean weak) {
        int close = stringEnd(buf, value, end);
        if (close < 0) {
            return buf[value] == '"' ? BAD_JSON : JsonCursor.skipValue(buf, value, end);
        }
        if (close > value + 1) {
            line.record.setText(field, value + 1, close, escaping(), weak);
        }
        return close + 1;
    }

    private int uri(byte[] buf, int value, int end) {
        int close = stringEnd(buf, value, end);
        if (close < 0) {
            return BAD_JSON;
        }
        if (close > value + 1) {
            RequestLine.setTarget(buf, value + 1, close, line.record, escaping(), false);
        }
        return close + 1;
    }

    /** {@code {"Name": ["value", ...], ...}}: each header's first value. */
    private int headers(byte[] buf, int value, int end, boolean request) {
        if (buf[value] != '{') {
            return JsonCursor.skipValue(buf, value, end);
        }
        int p = JsonCursor.skipBlanks(buf, value + 1, end);
        if (p < end && buf[p] == '}') {
            return p + 1;
        }
        while (p < end) {
            int keyEnd = JsonCursor.stringEnd(buf, p, end);
            int values = JsonCursor.valueAfterKey(buf, keyEnd, end);
            if (keyEnd < 0 || values < 0 || values >= end) {
                return BAD_JSON;
            }
            firstValue(buf, p + 1, keyEnd, values, end, request);
            p = JsonCursor.skipValue(buf, values, end);
            if (p < 0) {
                return BAD_JSON;
            }
            p = JsonCursor.skipBlanks(buf, p, end);
            if (p < end && buf[p] == '}') {
                return p + 1;
            }
            if (p >= end || buf[p] != ',') {
                return BAD_JSON;
            }
            p = JsonCursor.skipBlanks(buf, p + 1, end);
        }
        return BAD_JSON;
    }

    private void firstValue(byte[] buf, int nameStart, int nameEnd, int values, int end, boolean request) {
        if (buf[values] != '[') {
            return;
        }
        int first = JsonCursor.skipBlanks(buf, values + 1, end);
        int close = stringEnd(buf, first, end);
        if (close < 0) {
            return;
        }
        TextEscaping escaping = escaping();
        TextField field = request ? WellKnownHeaders.fieldOf(buf, nameStart, nameEnd) : null;
        if (field != null) {
            line.record.setText(field, first + 1, close, escaping);
        } else {
            line.record.addHeader(request, nameStart, nameEnd, first + 1, close, escaping);
        }
    }

    /** The closing quote of the string at {@code pos} (or -1), noting in {@link LineState#sawBackslash} whether it has escapes. */
    private int stringEnd(byte[] buf, int pos, int end) {
        if (pos >= end || buf[pos] != '"') {
            return -1;
        }
        boolean backslash = false;
        for (int i = pos + 1; i < end; i++) {
            byte b = buf[i];
            if (b == '\\') {
                backslash = true;
                i++;
            } else if (b == '"') {
                line.sawBackslash = backslash;
                return i;
            }
        }
        return -1;
    }

    /** The escaping of the string {@link #stringEnd} found last. */
    private TextEscaping escaping() {
        return line.sawBackslash ? TextEscaping.JSON : TextEscaping.NONE;
    }

    /** JSON that breaks off: cut short when the line does not end its object, else not JSON of this shape. */
    private int broken(byte[] buf, int end) {
        int last = end - 1;
        while (last > 0 && (buf[last] == ' ' || buf[last] == '\t')) {
            last--;
        }
        return buf[last] != '}' ? line.endedEarly() : RejectReason.NOT_MATCHING_FORMAT.failure();
    }

    private static boolean is(byte[] buf, int keyStart, int keyEnd, byte[] key) {
        return keyEnd - keyStart == key.length && Literals.matchesAt(key, buf, keyStart, keyEnd);
    }
}
