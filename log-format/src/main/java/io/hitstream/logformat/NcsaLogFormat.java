package io.hitstream.logformat;

/**
 * The NCSA formats Apache and nginx write by default: {@code common}
 * ({@code %h %l %u %t "%r" %>s %b}) and {@code combined} (common plus
 * {@code "%{Referer}i" "%{User-Agent}i"}).
 *
 * @param name the format's registry name
 * @param withReferrerAndUserAgent whether lines end with the quoted referrer and user agent
 */
public record NcsaLogFormat(String name, boolean withReferrerAndUserAgent) implements LogFormat {
    /** {@code %h %l %u %t "%r" %>s %b}. */
    public static final NcsaLogFormat COMMON = new NcsaLogFormat("common", false);
    /** {@code %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-Agent}i"}. */
    public static final NcsaLogFormat COMBINED = new NcsaLogFormat("combined", true);

    @Override
    public LogParser newParser(ParserLimits limits) {
        return new NcsaLogParser(withReferrerAndUserAgent, limits);
    }
}
