package io.hitstream.logformat;

/** The presets of the NCSA family, compiled from the format strings the web servers define for them. */
public final class NcsaLogFormat {
    /** Apache's {@code common}. */
    public static final String COMMON_FORMAT = "%h %l %u %t \"%r\" %>s %b";
    /** Apache's {@code combined}: common plus the Referer and User-Agent. */
    public static final String COMBINED_FORMAT = COMMON_FORMAT + " \"%{Referer}i\" \"%{User-Agent}i\"";
    /** Debian's Apache {@code vhost_combined}: the virtual host and port first, bytes sent with headers. */
    public static final String VHOST_COMBINED_FORMAT = "%v:%p %h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\"";
    /** Combined plus the time taken in microseconds. */
    public static final String COMBINED_LATENCY_FORMAT = COMBINED_FORMAT + " %D";
    /** nginx's predefined {@code combined}. */
    public static final String NGINX_FORMAT = "$remote_addr - $remote_user [$time_local] \"$request\" $status "
            + "$body_bytes_sent \"$http_referer\" \"$http_user_agent\"";

    /** {@code %h %l %u %t "%r" %>s %b}. */
    public static final LogFormat COMMON = ApacheFormatCompiler.compile("common", COMMON_FORMAT);
    /** {@code %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i"}. */
    public static final LogFormat COMBINED = ApacheFormatCompiler.compile("combined", COMBINED_FORMAT);
    /** {@code %v:%p %h %l %u %t "%r" %>s %O "%{Referer}i" "%{User-Agent}i"}. */
    public static final LogFormat VHOST_COMBINED = ApacheFormatCompiler.compile("vhost_combined", VHOST_COMBINED_FORMAT);
    /** {@code combined} followed by {@code %D}. */
    public static final LogFormat COMBINED_LATENCY = ApacheFormatCompiler.compile("combined_latency", COMBINED_LATENCY_FORMAT);
    /** nginx's default access log format. */
    public static final LogFormat NGINX = NginxFormatCompiler.compile("nginx", NGINX_FORMAT);

    private NcsaLogFormat() {
    }
}
