package io.hitstream.logformat;

/** Where a parsed line's {@link TextField#CLIENT_ADDRESS} comes from. */
public enum ClientAddressSource {
    /** The address the format logs as the client's (Apache's %h or %a, nginx's $remote_addr, ...). */
    LOGGED,
    /**
     * The first public address of the logged X-Forwarded-For header, read left to right (the
     * original client behind proxies); the logged address when the header is absent or holds none.
     */
    FIRST_PUBLIC_FORWARDED_FOR
}
