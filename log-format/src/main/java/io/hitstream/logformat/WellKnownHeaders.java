package io.hitstream.logformat;

/** The request headers that have a {@link TextField} of their own. */
final class WellKnownHeaders {
    private WellKnownHeaders() {
    }

    /** The field a request header of this name (case ignored) goes to, or null when it has none. */
    static TextField fieldOf(String name) {
        if (name.equalsIgnoreCase("Referer")) {
            return TextField.REFERRER;
        }
        if (name.equalsIgnoreCase("User-Agent")) {
            return TextField.USER_AGENT;
        }
        if (name.equalsIgnoreCase("X-Forwarded-For")) {
            return TextField.FORWARDED_FOR;
        }
        return null;
    }
}
