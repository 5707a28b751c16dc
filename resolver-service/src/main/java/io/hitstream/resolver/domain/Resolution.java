package io.hitstream.resolver.domain;

/** The answer for one address of a request, keyed by the address text as the caller wrote it. */
public record Resolution(String ip, NameAnswer answer) {
}
