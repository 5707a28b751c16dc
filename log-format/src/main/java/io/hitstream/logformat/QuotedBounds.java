package io.hitstream.logformat;

/**
 * A field between quotes: it ends at the first unescaped '"' that the rest of the format's
 * literal follows. When a stray quote breaks that, the field is repaired if exactly one later
 * quote fits the rest of the line; a last field without its closing quote runs to the line's end.
 */
final class QuotedBounds extends FieldBounds {
    private final byte[] closing;
    private final boolean closingEndsLine;
    private final LiteralSkeleton rest;

    /**
     * @param closing the literal after the field, starting with '"'
     * @param closingEndsLine whether that literal is the last element of the format
     * @param rest the literals after {@code closing}, to tell which quote can close the field
     */
    QuotedBounds(byte[] closing, boolean closingEndsLine, LiteralSkeleton rest) {
        this.closing = closing.clone();
        this.closingEndsLine = closingEndsLine;
        this.rest = rest;
    }

    @Override
    int fieldEnd(byte[] buf, int pos, int end, LineState line) {
        boolean backslash = false;
        int close = -1;
        for (int i = pos; i < end; i++) {
            byte b = buf[i];
            if (b == '\\') {
                backslash = true;
                i++;
            } else if (b == '"') {
                close = i;
                break;
            }
        }
        line.sawBackslash = backslash;
        if (close >= 0 && closesHere(buf, close, end)) {
            return close;
        }
        if (close < 0) {
            return unclosed(end, line);
        }
        if (isCutShort(buf, close, end)) {
            return close;
        }
        return repair(buf, close, end, line);
    }

    /** Whether the line ends partway into the closing literal, so the literal's step reports it cut off. */
    private boolean isCutShort(byte[] buf, int quote, int end) {
        if (end - quote >= closing.length) {
            return false;
        }
        for (int i = quote; i < end; i++) {
            if (buf[i] != closing[i - quote]) {
                return false;
            }
        }
        return true;
    }

    private int unclosed(int end, LineState line) {
        if (closingEndsLine && closing.length == 1) {
            line.repaired = true;
            line.openFinalQuote = true;
            return end;
        }
        return line.endedEarly();
    }

    /** The one later quote that can close the field, taking the quotes before it as stray. */
    private int repair(byte[] buf, int firstClose, int end, LineState line) {
        int found = -1;
        for (int q = QuotedText.closingQuote(buf, firstClose + 1, end); q >= 0; q = QuotedText.closingQuote(buf, q + 1, end)) {
            if (closesHere(buf, q, end) && rest.fits(buf, q + closing.length, end)) {
                if (found >= 0) {
                    return RejectReason.NOT_MATCHING_FORMAT.failure();
                }
                found = q;
            }
        }
        if (found < 0) {
            return RejectReason.NOT_MATCHING_FORMAT.failure();
        }
        line.repaired = true;
        line.sawBackslash = QuotedText.hasEscapes(buf, firstClose, found) || line.sawBackslash;
        return found;
    }

    private boolean closesHere(byte[] buf, int quote, int end) {
        if (!Literals.matchesAt(closing, buf, quote, end)) {
            return false;
        }
        return !closingEndsLine || quote + closing.length == end;
    }
}
