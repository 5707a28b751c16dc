package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/** Reads HAProxy HTTP log lines; see {@link HaproxyLogFormat}. */
final class HaproxyLogParser extends LineParser {
    private static final int DATE_LENGTH = "06/Feb/2009:12:14:14".length();
    private static final long MICROS_PER_MILLI = 1000;
    private static final byte[] BAD_REQUEST = "<BADREQ>".getBytes(StandardCharsets.US_ASCII);
    /** frontend, backend/server, timers, status, bytes, two cookies, termination state, connections, queues. */
    private static final int COLUMNS_AFTER_DATE = 10;
    /** What {@link #number} returns for HAProxy's -1, "unknown". */
    private static final long UNKNOWN = -2;

    private final int[] columnStarts = new int[COLUMNS_AFTER_DATE + 1];

    HaproxyLogParser(ParserOptions options) {
        super(options);
    }

    @Override
    int parseLine(byte[] buf, int start, int end) {
        int bracket = acceptDate(buf, start, end);
        if (bracket < 0) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        int clientStart = bracket - 1;
        while (clientStart > start && buf[clientStart - 1] != ' ') {
            clientStart--;
        }
        if (!readClient(buf, clientStart, bracket - 1)) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        int p = readDate(buf, bracket + 1, end);
        if (p < 0) {
            return RejectReason.BAD_TIMESTAMP.failure();
        }
        line.verifiedFields++;
        int outcome = readColumns(buf, p, end);
        if (outcome < 0) {
            return outcome;
        }
        return line.time.complete(line.record, localTimes) ? 0 : RejectReason.BAD_TIMESTAMP.failure();
    }

    /** The index of the '[' opening the accept date: the first one after a space that a date follows. */
    private static int acceptDate(byte[] buf, int start, int end) {
        for (int i = start + 1; i + DATE_LENGTH + 1 < end; i++) {
            if (buf[i] == '[' && buf[i - 1] == ' ' && buf[i + 3] == '/' && buf[i + 7] == '/' && buf[i + 12] == ':') {
                return i;
            }
        }
        return -1;
    }

    /** {@code ip:port}; IPv6 addresses are logged without brackets, so the port is after the last ':'. */
    private boolean readClient(byte[] buf, int start, int end) {
        int colon = end - 1;
        while (colon > start && buf[colon] != ':') {
            colon--;
        }
        int addressEnd = colon > start ? colon : end;
        if (addressEnd == start) {
            return false;
        }
        line.record.setText(TextField.CLIENT_ADDRESS, start, addressEnd, TextEscaping.NONE);
        return true;
    }

    /** {@code dd/Mmm/yyyy:HH:MM:SS[.mmm]]} into the time parts; returns the index after the ']', or -1. */
    private int readDate(byte[] buf, int at, int end) {
        TimeParts time = line.time;
        time.present = true;
        time.day = Digits.fixed(buf, at, 2);
        time.month = ClfTimestamp.month(buf, at + 3);
        time.year = Digits.fixed(buf, at + 7, 4);
        time.hour = Digits.fixed(buf, at + 12, 2);
        time.minute = Digits.fixed(buf, at + 15, 2);
        time.second = Digits.fixed(buf, at + 18, 2);
        boolean separators = buf[at + 14] == ':' && buf[at + 17] == ':';
        int p = at + DATE_LENGTH;
        if (p < end && buf[p] == '.') {
            int fraction = ++p;
            while (p < end && Digits.isDigit(buf[p])) {
                p++;
            }
            time.millis = p == fraction ? 0 : Digits.millisOfFraction(buf, fraction, p);
        }
        boolean read = separators && time.day >= 0 && time.year >= 0 && time.hour >= 0 && time.minute >= 0 && time.second >= 0;
        return read && p < end && buf[p] == ']' ? p + 1 : -1;
    }

    private int readColumns(byte[] buf, int from, int end) {
        int p = from;
        for (int c = 0; c < COLUMNS_AFTER_DATE; c++) {
            if (p >= end || buf[p] != ' ' || p + 1 >= end) {
                return line.endedEarly();
            }
            columnStarts[c] = p + 1;
            p = wordEnd(buf, p + 1, end);
        }
        columnStarts[COLUMNS_AFTER_DATE] = p + 1;
        int outcome = readNumbers(buf);
        return outcome < 0 ? outcome : readRequest(buf, p, end);
    }

    private int readNumbers(byte[] buf) {
        int timersEnd = columnStarts[3] - 1;
        int lastTimer = timersEnd - 1;
        while (lastTimer > columnStarts[2] && buf[lastTimer - 1] != '/') {
            lastTimer--;
        }
        if (lastTimer == columnStarts[2]) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        long millis = number(buf, lastTimer, timersEnd);
        if (millis == Digits.INVALID) {
            return RejectReason.BAD_NUMBER.failure();
        }
        if (millis != UNKNOWN) {
            line.record.setNumber(NumericField.LATENCY_MICROS, millis * MICROS_PER_MILLI);
        }
        int statusStart = columnStarts[3];
        int statusEnd = columnStarts[4] - 1;
        int status = statusEnd - statusStart == 3 ? Digits.fixed(buf, statusStart, 3) : -1;
        if (status < 0 && !isMinusOne(buf, statusStart, statusEnd)) {
            return RejectReason.BAD_STATUS.failure();
        }
        if (status >= 0) {
            line.record.setStatus(status);
        }
        long bytes = number(buf, columnStarts[4], columnStarts[5] - 1);
        if (bytes == Digits.INVALID || bytes == UNKNOWN) {
            return RejectReason.BAD_SIZE.failure();
        }
        line.record.setResponseBytes(bytes);
        line.verifiedFields++;
        return 0;
    }

    /** The optional capture groups ({@code {...}}), then the quoted request up to the line's end. */
    private int readRequest(byte[] buf, int from, int end) {
        int p = from;
        while (p + 1 < end && buf[p] == ' ' && buf[p + 1] == '{') {
            int close = captureEnd(buf, p + 2, end);
            if (close < 0) {
                return line.endedEarly();
            }
            p = close + 1;
        }
        if (p + 1 >= end || buf[p] != ' ' || buf[p + 1] != '"') {
            return p >= end - 1 ? line.endedEarly() : RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        int requestStart = p + 2;
        int requestEnd = end;
        if (buf[end - 1] == '"' && end - 1 >= requestStart) {
            requestEnd = end - 1;
        } else {
            line.repaired = true;
        }
        if (Literals.matchesAt(BAD_REQUEST, buf, requestStart, requestEnd) && requestEnd - requestStart == BAD_REQUEST.length) {
            return 0;
        }
        return RequestLine.parse(buf, requestStart, requestEnd, line.record, TextEscaping.NONE)
                ? 0 : RejectReason.BAD_REQUEST_LINE.failure();
    }

    /** The '}' closing a capture group (one followed by a space), or -1. */
    private static int captureEnd(byte[] buf, int from, int end) {
        for (int i = from; i + 1 < end; i++) {
            if (buf[i] == '}' && buf[i + 1] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** A count HAProxy may prefix with '+' (option logasap) or write as -1: its value, {@link #UNKNOWN}, or invalid. */
    private static long number(byte[] buf, int start, int end) {
        if (isMinusOne(buf, start, end)) {
            return UNKNOWN;
        }
        int digitsStart = start < end && buf[start] == '+' ? start + 1 : start;
        return Digits.parse(buf, digitsStart, end);
    }

    private static boolean isMinusOne(byte[] buf, int start, int end) {
        return end - start == 2 && buf[start] == '-' && buf[start + 1] == '1';
    }

    private static int wordEnd(byte[] buf, int from, int end) {
        int i = from;
        while (i < end && buf[i] != ' ') {
            i++;
        }
        return i;
    }
}
