package io.hitstream.logformat;

import java.util.Objects;

/**
 * What every parser does around reading a line's fields: limits, blank lines, the trailing '\r',
 * the client address source, and the guarantee that no input makes it throw.
 */
abstract class LineParser implements LogParser {
    private final int maxLineBytes;
    private final int maxFieldBytes;
    private final boolean preferForwardedFor;
    final LineState line = new LineState();
    final LocalTimes localTimes;
    /** The texts of this parser's lines that the records it fills intern ({@link LogRecord#internTextsIn}). */
    private final InternedTexts texts = new InternedTexts();

    LineParser(ParserOptions options) {
        this.maxLineBytes = options.limits().maxLineBytes();
        this.maxFieldBytes = options.limits().maxFieldBytes();
        this.preferForwardedFor = options.clientAddress() == ClientAddressSource.FIRST_PUBLIC_FORWARDED_FOR;
        this.localTimes = new LocalTimes(options.localTimeZone());
    }

    @Override
    public final boolean parse(byte[] buf, int start, int end, LogRecord record) {
        Objects.checkFromToIndex(start, end, buf.length);
        record.clear(buf, maxFieldBytes, texts);
        if (end - start > maxLineBytes) {
            return record.reject(RejectReason.TOO_LONG);
        }
        int lineEnd = end > start && buf[end - 1] == '\r' ? end - 1 : end;
        if (isBlank(buf, start, lineEnd)) {
            return record.reject(RejectReason.EMPTY);
        }
        line.reset(record);
        int outcome;
        try {
            outcome = parseLine(buf, start, lineEnd);
        } catch (RuntimeException e) {
            outcome = RejectReason.PARSER_FAULT.failure();
        }
        if (outcome < 0) {
            return record.reject(reasonOf(outcome));
        }
        if (line.repaired) {
            record.markQuoteRepaired();
        }
        if (preferForwardedFor) {
            ForwardedFor.useFirstPublicAddress(record);
        }
        return true;
    }

    /** Reads the fields of {@code buf[start, end)} into {@link #line}'s record; returns 0, or a {@link RejectReason#failure()}. */
    abstract int parseLine(byte[] buf, int start, int end);

    private RejectReason reasonOf(int failure) {
        RejectReason reason = RejectReason.ofFailure(failure);
        boolean guessedWrong = line.repaired && reason != RejectReason.PARSER_FAULT && reason != RejectReason.DIRECTIVE;
        return guessedWrong ? RejectReason.NOT_MATCHING_FORMAT : reason;
    }

    private static boolean isBlank(byte[] buf, int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
