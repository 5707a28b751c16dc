package io.hitstream.logformat;

/** A format compiled from a format string into steps; parsers run them over each line's bytes. */
final class CompiledLogFormat implements LogFormat {
    private final String name;
    private final Step[] steps;

    CompiledLogFormat(String name, Step[] steps) {
        this.name = name;
        this.steps = steps.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LogParser newParser(ParserOptions options) {
        return new CompiledLogParser(steps, options);
    }

    @Override
    public String toString() {
        return name + " = " + StepLinker.describe(steps);
    }
}
