package io.hitstream.logformat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The log formats known by name, and the way in for a format string: an unknown name or an
 * invalid format string fails at once, never per line.
 */
public final class LogFormatRegistry {
    private final Map<String, LogFormat> formats;

    private LogFormatRegistry(Map<String, LogFormat> formats) {
        this.formats = Collections.unmodifiableMap(formats);
    }

    /** The built-in presets. */
    public static LogFormatRegistry standard() {
        Map<String, LogFormat> formats = new LinkedHashMap<>();
        for (LogFormat format : List.of(NcsaLogFormat.COMBINED, NcsaLogFormat.COMMON, NcsaLogFormat.VHOST_COMBINED,
                NcsaLogFormat.COMBINED_LATENCY, NcsaLogFormat.NGINX, W3cLogFormat.W3C, SquidLogFormat.NATIVE,
                CaddyLogFormat.JSON, HaproxyLogFormat.HTTP)) {
            formats.put(format.name(), format);
        }
        return new LogFormatRegistry(formats);
    }

    /** Whether a format of this name is known. */
    public boolean contains(String name) {
        return formats.containsKey(name);
    }

    /** The format of this name; throws {@link UnknownLogFormatException} when none is known. */
    public LogFormat require(String name) {
        LogFormat format = formats.get(name);
        if (format == null) {
            throw new UnknownLogFormatException(name, formats.keySet());
        }
        return format;
    }

    /**
     * The preset of this name, or else the format this string describes: an Apache
     * {@code LogFormat} string (it has %-directives), an nginx {@code log_format} string (it has
     * $variables), either as a whole configuration line, or a W3C {@code #Fields:} line.
     *
     * @throws UnknownLogFormatException when it is neither a known name nor a format string
     * @throws InvalidLogFormatException when it is a format string that does not compile
     */
    public LogFormat resolve(String nameOrFormat) {
        LogFormat preset = formats.get(nameOrFormat.strip());
        if (preset != null) {
            return preset;
        }
        switch (FormatDialect.of(nameOrFormat)) {
            case APACHE:
                return ApacheFormatCompiler.compile(nameOrFormat);
            case NGINX:
                return NginxFormatCompiler.compile(nameOrFormat);
            case W3C:
                return W3cLogFormat.withFields(nameOrFormat);
            default:
                throw new UnknownLogFormatException(nameOrFormat, formats.keySet());
        }
    }

    /** The known names, in registration order. */
    public Set<String> names() {
        return formats.keySet();
    }
}
