package io.hitstream.ingest.domain;

/** The class of an HTTP status the hourly totals count. */
public enum StatusClass {
    SUCCESS, REDIRECTION, CLIENT_ERROR, SERVER_ERROR, OTHER;

    /** The classes by the status's first digit less 2; {@code values()} would copy its array on every line. */
    private static final StatusClass[] BY_HUNDREDS = values();

    /** 2xx, 3xx, 4xx, 5xx, or other for 1xx and statuses outside 100-599. */
    static StatusClass of(int status) {
        if (status < 200 || status > 599) {
            return OTHER;
        }
        return BY_HUNDREDS[status / 100 - 2];
    }
}
