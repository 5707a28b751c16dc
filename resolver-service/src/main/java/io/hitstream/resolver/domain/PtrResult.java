package io.hitstream.resolver.domain;

/** What a PTR query brought back: a name, a definite "no name", or no answer at all (timeout, server failure). */
public record PtrResult(Kind kind, String name) {

    /** The three ways a PTR query ends. */
    public enum Kind {
        NAME,
        NO_NAME,
        NO_ANSWER
    }

    private static final PtrResult NO_NAME_RESULT = new PtrResult(Kind.NO_NAME, null);
    private static final PtrResult NO_ANSWER_RESULT = new PtrResult(Kind.NO_ANSWER, null);

    public static PtrResult name(String name) {
        return new PtrResult(Kind.NAME, name);
    }

    public static PtrResult noName() {
        return NO_NAME_RESULT;
    }

    public static PtrResult noAnswer() {
        return NO_ANSWER_RESULT;
    }
}
