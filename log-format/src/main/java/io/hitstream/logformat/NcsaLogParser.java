package io.hitstream.logformat;

/**
 * Hand-written parser of the {@link NcsaLogFormat NCSA common and combined formats}: one pass over
 * the bytes, no regular expression, no allocation.
 */
final class NcsaLogParser implements LogParser {
    private static final int MAX_SIZE_DIGITS = 18;

    private final boolean withReferrerAndUserAgent;
    private final int maxLineBytes;

    NcsaLogParser(boolean withReferrerAndUserAgent, ParserLimits limits) {
        this.withReferrerAndUserAgent = withReferrerAndUserAgent;
        this.maxLineBytes = limits.maxLineBytes();
    }

    @Override
    public boolean parse(byte[] buf, int start, int end, LogRecord record) {
        record.clear(buf);
        if (end - start > maxLineBytes) {
            return record.reject(RejectReason.TOO_LONG);
        }
        int lineEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        if (isBlank(buf, start, lineEnd)) {
            return record.reject(RejectReason.EMPTY);
        }
        return parseFields(buf, start, lineEnd, record);
    }

    private boolean parseFields(byte[] buf, int start, int end, LogRecord record) {
        int p = word(buf, start, end, TextField.CLIENT_ADDRESS, false, record);
        p = word(buf, p, end, TextField.IDENT, true, record);
        p = word(buf, p, end, TextField.USER, true, record);
        if (p < 0 || !at(buf, p, end, '[')) {
            return record.reject(RejectReason.NOT_MATCHING_FORMAT);
        }
        int close = indexOf(buf, p + 1, end, (byte) ']');
        if (close < 0) {
            return record.reject(RejectReason.NOT_MATCHING_FORMAT);
        }
        if (!ClfTimestamp.parse(buf, p + 1, close, record)) {
            return record.reject(RejectReason.BAD_TIMESTAMP);
        }
        if (!at(buf, close + 1, end, ' ') || !at(buf, close + 2, end, '"')) {
            return record.reject(RejectReason.NOT_MATCHING_FORMAT);
        }
        int requestEnd = QuotedText.closingQuote(buf, close + 3, end);
        if (requestEnd < 0 || !at(buf, requestEnd + 1, end, ' ')) {
            return record.reject(RejectReason.NOT_MATCHING_FORMAT);
        }
        if (!RequestLine.parse(buf, close + 3, requestEnd, record)) {
            return record.reject(RejectReason.BAD_REQUEST_LINE);
        }
        return parseStatusAndAfter(buf, requestEnd + 2, end, record);
    }

    private boolean parseStatusAndAfter(byte[] buf, int p, int end, LogRecord record) {
        int statusEnd = indexOf(buf, p, end, (byte) ' ');
        if (statusEnd < 0) {
            return record.reject(RejectReason.NOT_MATCHING_FORMAT);
        }
        if (statusEnd - p != 3 || !allDigits(buf, p, statusEnd)) {
            return record.reject(RejectReason.BAD_STATUS);
        }
        record.setStatus((buf[p] - '0') * 100 + (buf[p + 1] - '0') * 10 + (buf[p + 2] - '0'));
        int sizeStart = statusEnd + 1;
        int sizeEnd = indexOf(buf, sizeStart, end, (byte) ' ');
        if (sizeEnd < 0) {
            sizeEnd = end;
        }
        if (!parseSize(buf, sizeStart, sizeEnd, record)) {
            return record.reject(RejectReason.BAD_SIZE);
        }
        if (!withReferrerAndUserAgent) {
            return sizeEnd == end || record.reject(RejectReason.NOT_MATCHING_FORMAT);
        }
        return parseReferrerAndUserAgent(buf, sizeEnd, end, record);
    }

    private boolean parseReferrerAndUserAgent(byte[] buf, int p, int end, LogRecord record) {
        int afterReferrer = quoted(buf, p, end, TextField.REFERRER, record);
        int afterUserAgent = quoted(buf, afterReferrer, end, TextField.USER_AGENT, record);
        return afterUserAgent == end || record.reject(RejectReason.NOT_MATCHING_FORMAT);
    }

    /**
     * Reads a non-empty run of non-space bytes ending in a space; returns the index after the space,
     * or -1 when there is no such word (or {@code p} is already -1).
     */
    private static int word(byte[] buf, int p, int end, TextField field, boolean dashIsAbsent, LogRecord record) {
        if (p < 0) {
            return -1;
        }
        int space = indexOf(buf, p, end, (byte) ' ');
        if (space <= p) {
            return -1;
        }
        if (!(dashIsAbsent && isDash(buf, p, space))) {
            record.setText(field, p, space, false);
        }
        return space + 1;
    }

    /**
     * Reads {@code  "text"} (a space, then a quoted field, "-" meaning absent); returns the index
     * after the closing quote, or -1 when there is no such field (or {@code p} is already -1).
     */
    private static int quoted(byte[] buf, int p, int end, TextField field, LogRecord record) {
        if (p < 0 || !at(buf, p, end, ' ') || !at(buf, p + 1, end, '"')) {
            return -1;
        }
        int open = p + 2;
        int close = QuotedText.closingQuote(buf, open, end);
        if (close < 0) {
            return -1;
        }
        if (!isDash(buf, open, close)) {
            record.setText(field, open, close, QuotedText.hasEscapes(buf, open, close));
        }
        return close + 1;
    }

    private static boolean parseSize(byte[] buf, int start, int end, LogRecord record) {
        if (isDash(buf, start, end)) {
            return true;
        }
        if (end == start || end - start > MAX_SIZE_DIGITS || !allDigits(buf, start, end)) {
            return false;
        }
        long size = 0;
        for (int i = start; i < end; i++) {
            size = size * 10 + (buf[i] - '0');
        }
        record.setResponseBytes(size);
        return true;
    }

    private static boolean isBlank(byte[] buf, int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(byte[] buf, int start, int end) {
        return end - start == 1 && buf[start] == '-';
    }

    private static boolean allDigits(byte[] buf, int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] < '0' || buf[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean at(byte[] buf, int i, int end, char c) {
        return i < end && buf[i] == c;
    }

    private static int indexOf(byte[] buf, int start, int end, byte b) {
        for (int i = start; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
