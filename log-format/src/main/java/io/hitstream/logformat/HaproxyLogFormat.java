package io.hitstream.logformat;

/**
 * HAProxy's HTTP log ({@code option httplog}), with or without the syslog header before it:
 * {@code 10.0.1.2:33317 [06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - -
 * ---- 1/1/1/1/0 0/0 {1wt.eu} {} "GET /index.html HTTP/1.1"}. The accept date has no zone: it is
 * read in the parser options' local time zone.
 */
public final class HaproxyLogFormat implements LogFormat {
    /** The {@code haproxy} preset. */
    public static final HaproxyLogFormat HTTP = new HaproxyLogFormat();

    private HaproxyLogFormat() {
    }

    @Override
    public String name() {
        return "haproxy";
    }

    @Override
    public LogParser newParser(ParserOptions options) {
        return new HaproxyLogParser(options);
    }
}
