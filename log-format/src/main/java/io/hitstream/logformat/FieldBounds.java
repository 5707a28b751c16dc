package io.hitstream.logformat;

/** Where a field's text ends: decided by what the format writes after it. */
abstract class FieldBounds {
    /**
     * The end of the field starting at {@code pos}, at most {@code end}, or a negative
     * {@link RejectReason#failure()}; sets {@link LineState#sawBackslash}.
     */
    abstract int fieldEnd(byte[] buf, int pos, int end, LineState line);

    /** A field that runs to the end of the line: the format's last element. */
    static FieldBounds toLineEnd() {
        return ToLineEnd.INSTANCE;
    }

    /** A field that ends where {@code terminator}, the literal after it, first appears. */
    static FieldBounds delimitedBy(byte[] terminator) {
        return terminator.length == 1 ? new SingleByteDelimited(terminator[0]) : new Delimited(terminator);
    }

    private static final class ToLineEnd extends FieldBounds {
        static final ToLineEnd INSTANCE = new ToLineEnd();

        @Override
        int fieldEnd(byte[] buf, int pos, int end, LineState line) {
            boolean backslash = false;
            for (int i = pos; i < end && !backslash; i++) {
                backslash = buf[i] == '\\';
            }
            line.sawBackslash = backslash;
            return end;
        }
    }

    private static final class SingleByteDelimited extends FieldBounds {
        private final byte terminator;

        SingleByteDelimited(byte terminator) {
            this.terminator = terminator;
        }

        @Override
        int fieldEnd(byte[] buf, int pos, int end, LineState line) {
            boolean backslash = false;
            for (int i = pos; i < end; i++) {
                byte b = buf[i];
                if (b == terminator) {
                    line.sawBackslash = backslash;
                    return i;
                }
                backslash |= b == '\\';
            }
            line.sawBackslash = backslash;
            return end;
        }
    }

    private static final class Delimited extends FieldBounds {
        private final byte[] terminator;

        Delimited(byte[] terminator) {
            this.terminator = terminator;
        }

        @Override
        int fieldEnd(byte[] buf, int pos, int end, LineState line) {
            int found = Literals.indexOf(terminator, buf, pos, end);
            int fieldEnd = found < 0 ? end : found;
            boolean backslash = false;
            for (int i = pos; i < fieldEnd && !backslash; i++) {
                backslash = buf[i] == '\\';
            }
            line.sawBackslash = backslash;
            return fieldEnd;
        }
    }
}
