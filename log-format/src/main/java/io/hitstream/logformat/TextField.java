package io.hitstream.logformat;

/** The text fields a parsed line may carry; each is absent when the line does not hold it. */
public enum TextField {
    /** The client address (an IPv4 or IPv6 address, or a host name), as logged or taken from X-Forwarded-For. */
    CLIENT_ADDRESS,
    /** The RFC 1413 identity of the client. */
    IDENT,
    /** The authenticated user. */
    USER,
    /** The request method, e.g. GET. */
    METHOD,
    /** The request target up to its first '?'. */
    PATH,
    /** The request target after its first '?' (present, possibly empty, when the target has a '?'). */
    QUERY,
    /** The request protocol, e.g. HTTP/1.1. */
    PROTOCOL,
    /** The Referer header. */
    REFERRER,
    /** The User-Agent header. */
    USER_AGENT,
    /** The X-Forwarded-For header, as sent: a comma-separated list of addresses. */
    FORWARDED_FOR,
    /** The virtual host that served the request (the Host asked for, or the server's name). */
    VIRTUAL_HOST,
    /** A cache's text result code, e.g. Squid's TCP_MISS. */
    CACHE_RESULT
}
