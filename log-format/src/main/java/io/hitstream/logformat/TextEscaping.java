package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;

/** How a field's bytes encode its text; decoding replaces invalid UTF-8 rather than failing. */
enum TextEscaping {
    /** The bytes are the text. */
    NONE,
    /** Apache's and nginx's escapes: {@code \"}, {@code \\}, {@code \n}, {@code \xhh}. */
    BACKSLASH,
    /** JSON string escapes, {@code \u00e9} included. */
    JSON,
    /** IIS's W3C logs, which write a space as '+'. */
    PLUS_AS_SPACE,
    /** W3C Extended quoted strings, which write a '"' inside as {@code ""}. */
    DOUBLED_QUOTES;

    /** The text of {@code buf[start, end)}. */
    String decode(byte[] buf, int start, int end) {
        switch (this) {
            case BACKSLASH:
                return QuotedText.decode(buf, start, end);
            case JSON:
                return JsonText.decode(buf, start, end);
            case PLUS_AS_SPACE:
                return new String(buf, start, end - start, StandardCharsets.UTF_8).replace('+', ' ');
            case DOUBLED_QUOTES:
                return new String(buf, start, end - start, StandardCharsets.UTF_8).replace("\"\"", "\"");
            default:
                return new String(buf, start, end - start, StandardCharsets.UTF_8);
        }
    }
}
