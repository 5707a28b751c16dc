package io.hitstream.logformat;

/** Where a text directive's value goes in the record: a field, a named header, or nowhere. */
abstract class TextTarget {
    /** Values the format logs but Hitstream does not keep (a process id, a cookie, ...). */
    static final TextTarget IGNORED = new TextTarget() {
        @Override
        void set(LogRecord record, int start, int end, TextEscaping escaping) {
            // Read only to find where the next field starts.
        }
    };

    abstract void set(LogRecord record, int start, int end, TextEscaping escaping);

    /** A field; a {@code weak} value only fills it when no other directive of the line does. */
    static TextTarget field(TextField field, boolean weak) {
        return new TextTarget() {
            @Override
            void set(LogRecord record, int start, int end, TextEscaping escaping) {
                record.setText(field, start, end, escaping, weak);
            }
        };
    }

    /** A request header; Referer, User-Agent and X-Forwarded-For go to their own fields. */
    static TextTarget requestHeader(String name) {
        TextField field = WellKnownHeaders.fieldOf(name);
        return field != null ? field(field, false) : header(true, name);
    }

    static TextTarget responseHeader(String name) {
        return header(false, name);
    }

    private static TextTarget header(boolean request, String name) {
        return new TextTarget() {
            @Override
            void set(LogRecord record, int start, int end, TextEscaping escaping) {
                record.addHeader(request, name, start, end, escaping);
            }
        };
    }
}
