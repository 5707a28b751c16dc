package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/** Text the format writes as is between fields, such as {@code " "} or {@code "] \""}. */
final class LiteralStep extends Step {
    private final byte[] text;
    private final boolean closesFinalQuote;

    /**
     * @param closesFinalQuote whether this is the '"' ending a line's last quoted field, which a
     *     repaired line may lack
     */
    LiteralStep(byte[] text, boolean closesFinalQuote) {
        this.text = text.clone();
        this.closesFinalQuote = closesFinalQuote;
    }

    @Override
    int read(byte[] buf, int pos, int end, LineState line) {
        if (matchesAt(buf, pos, end)) {
            return pos + text.length;
        }
        if (pos == end && closesFinalQuote && line.openFinalQuote) {
            return end;
        }
        return isCutShort(buf, pos, end) ? line.endedEarly() : RejectReason.NOT_MATCHING_FORMAT.failure();
    }

    private boolean matchesAt(byte[] buf, int pos, int end) {
        return Literals.matchesAt(text, buf, pos, end);
    }

    /** Whether the line ends partway into this literal (or right before it). */
    private boolean isCutShort(byte[] buf, int pos, int end) {
        if (end - pos >= text.length) {
            return false;
        }
        for (int i = pos; i < end; i++) {
            if (buf[i] != text[i - pos]) {
                return false;
            }
        }
        return true;
    }

    @Override
    String describe() {
        return "'" + new String(text, StandardCharsets.UTF_8) + "'";
    }
}
