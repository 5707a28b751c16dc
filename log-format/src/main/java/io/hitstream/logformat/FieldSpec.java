package io.hitstream.logformat;

import java.util.function.Function;

/** A directive of a format string, before the linker knows what follows it. */
final class FieldSpec {
    private final String directive;
    private final int position;
    private final Step selfDelimited;
    private final Function<FieldBounds, Step> bounded;

    private FieldSpec(String directive, int position, Step selfDelimited, Function<FieldBounds, Step> bounded) {
        this.directive = directive;
        this.position = position;
        this.selfDelimited = selfDelimited;
        this.bounded = bounded;
    }

    /** A field whose own syntax says where it ends (a bracketed or strftime timestamp). */
    static FieldSpec selfDelimited(String directive, int position, Step step) {
        return new FieldSpec(directive, position, step, null);
    }

    /** A field that ends where the format's next literal starts. */
    static FieldSpec bounded(String directive, int position, Function<FieldBounds, Step> step) {
        return new FieldSpec(directive, position, null, step);
    }

    String directive() {
        return directive;
    }

    int position() {
        return position;
    }

    boolean isSelfDelimited() {
        return selfDelimited != null;
    }

    Step step(FieldBounds bounds) {
        return selfDelimited != null ? selfDelimited : bounded.apply(bounds);
    }
}
