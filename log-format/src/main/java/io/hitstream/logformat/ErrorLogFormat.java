package io.hitstream.logformat;

import java.util.Arrays;
import java.util.List;

/**
 * The error-log formats Hitstream reads, by the name a stream gives: Apache's (2.4 and 2.2), nginx's, or either,
 * told apart per line (Apache's lines start with {@code [}, nginx's with the date).
 */
public enum ErrorLogFormat {
    APACHE("apache_error"),
    NGINX("nginx_error"),
    EITHER("error");

    private final String formatName;

    ErrorLogFormat(String formatName) {
        this.formatName = formatName;
    }

    /** The name a stream gives this format. */
    public String formatName() {
        return formatName;
    }

    /**
     * The format of this name.
     *
     * @throws UnknownLogFormatException when no error-log format has this name
     */
    public static ErrorLogFormat named(String name) {
        for (ErrorLogFormat format : values()) {
            if (format.formatName.equals(name)) {
                return format;
            }
        }
        throw new UnknownLogFormatException(name, names());
    }

    /** Every name, as {@link #named} takes it. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ErrorLogFormat::formatName).toList();
    }
}
