package io.hitstream.logformat;

import java.util.Collection;

/** Thrown when a format is asked for by a name the registry does not know. */
public class UnknownLogFormatException extends LogFormatException {
    public UnknownLogFormatException(String name, Collection<String> known) {
        super("unknown log format: " + name + " (known: " + String.join(", ", known) + ")");
    }
}
