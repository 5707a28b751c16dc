package io.hitstream.logformat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The log formats known by name; looking up an unknown name fails at once, never per line. */
public final class LogFormatRegistry {
    private final Map<String, LogFormat> formats;

    private LogFormatRegistry(Map<String, LogFormat> formats) {
        this.formats = Collections.unmodifiableMap(formats);
    }

    /** The built-in formats: {@code combined} and {@code common}. */
    public static LogFormatRegistry standard() {
        Map<String, LogFormat> formats = new LinkedHashMap<>();
        for (LogFormat format : List.of(NcsaLogFormat.COMBINED, NcsaLogFormat.COMMON)) {
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

    /** The known names, in registration order. */
    public Set<String> names() {
        return formats.keySet();
    }
}
