package io.hitstream.logformat;

/**
 * Caddy's JSON access log: one object per line with {@code ts}, {@code request} (remote_ip,
 * client_ip, proto, method, host, uri, headers), {@code bytes_read}, {@code user_id},
 * {@code duration} (seconds), {@code size}, {@code status} and {@code resp_headers}.
 */
public final class CaddyLogFormat implements LogFormat {
    /** The {@code caddy} preset. */
    public static final CaddyLogFormat JSON = new CaddyLogFormat();

    private CaddyLogFormat() {
    }

    @Override
    public String name() {
        return "caddy";
    }

    @Override
    public LogParser newParser(ParserOptions options) {
        return new CaddyLogParser(options);
    }
}
