package io.hitstream.logformat;

/**
 * W3C Extended log files (IIS and others): the columns come from the file's {@code #Fields:}
 * directive and change whenever a new one appears; before any, the format's own columns apply.
 */
public final class W3cLogFormat implements LogFormat {
    /** The columns IIS writes by default, used until a file's first {@code #Fields:} directive. */
    public static final String IIS_DEFAULT_FIELDS = "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
            + "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken";
    /** The {@code w3c} preset: IIS's default columns until the file says otherwise. */
    public static final W3cLogFormat W3C = new W3cLogFormat("w3c", IIS_DEFAULT_FIELDS);

    private final String name;
    private final Step[] initialSteps;

    private W3cLogFormat(String name, String fieldsLine) {
        this.name = name;
        this.initialSteps = W3cFieldsCompiler.compile(fieldsLine);
    }

    /** A W3C format whose columns, until a file's own directive, are those of this {@code #Fields:} line. */
    public static W3cLogFormat withFields(String fieldsLine) {
        return new W3cLogFormat(fieldsLine.strip(), fieldsLine);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LogParser newParser(ParserOptions options) {
        return new W3cLogParser(initialSteps, options);
    }
}
