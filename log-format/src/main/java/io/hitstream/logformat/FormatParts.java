package io.hitstream.logformat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** A format string taken apart: literal text (adjacent pieces merged) and fields, in order. */
final class FormatParts {
    private final List<Object> parts = new ArrayList<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    void literal(byte b) {
        pending.write(b);
    }

    void literal(byte[] bytes) {
        pending.writeBytes(bytes);
    }

    void field(FieldSpec field) {
        flush();
        parts.add(field);
    }

    /** The parts: each a {@code byte[]} literal or a {@link FieldSpec}. */
    List<Object> parts() {
        flush();
        return parts;
    }

    private void flush() {
        if (pending.size() > 0) {
            parts.add(pending.toByteArray());
            pending.reset();
        }
    }
}
