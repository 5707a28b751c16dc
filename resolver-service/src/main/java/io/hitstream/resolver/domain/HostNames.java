package io.hitstream.resolver.domain;

import java.util.Locale;

/** Turns the name in a PTR answer, which comes from whoever runs that reverse zone, into a safe host name. */
public final class HostNames {
    /** Longest DNS name in text form. */
    static final int MAX_LENGTH = 253;

    private HostNames() {
    }

    /**
     * Lower case, without the trailing dot; {@code null} when nothing usable is left: empty, longer than a DNS
     * name can be, or holding anything but printable ASCII (such names cannot be typed into a browser either).
     */
    public static String normalize(String ptrName) {
        if (ptrName == null) {
            return null;
        }
        String name = ptrName.endsWith(".") ? ptrName.substring(0, ptrName.length() - 1) : ptrName;
        if (name.isEmpty() || name.length() > MAX_LENGTH || !printableAscii(name)) {
            return null;
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean printableAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
