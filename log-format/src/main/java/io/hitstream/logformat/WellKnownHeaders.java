package io.hitstream.logformat;

/** The request headers that have a {@link TextField} of their own. */
final class WellKnownHeaders {
    private static final String[] NAMES = {"Referer", "User-Agent", "X-Forwarded-For"};
    private static final TextField[] FIELDS = {TextField.REFERRER, TextField.USER_AGENT, TextField.FORWARDED_FOR};

    private WellKnownHeaders() {
    }

    /** The field a request header named {@code buf[start, end)} (ASCII case ignored) goes to, or null. */
    static TextField fieldOf(byte[] buf, int start, int end) {
        for (int n = 0; n < NAMES.length; n++) {
            if (equalsIgnoringCase(buf, start, end, NAMES[n])) {
                return FIELDS[n];
            }
        }
        return null;
    }

    private static boolean equalsIgnoringCase(byte[] buf, int start, int end, String name) {
        if (end - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.toLowerCase((char) buf[start + i]) != Character.toLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The field a request header of this name (case ignored) goes to, or null when it has none. */
    static TextField fieldOf(String name) {
        for (int n = 0; n < NAMES.length; n++) {
            if (NAMES[n].equalsIgnoreCase(name)) {
                return FIELDS[n];
            }
        }
        return null;
    }
}
