package io.hitstream.resolver.domain;

import java.time.Instant;

/**
 * A DNS answer as persisted: the canonical address text, the host name or {@code null} when DNS said the
 * address has no name, and when the answer expires.
 */
public record StoredName(String ip, String hostName, Instant expiresAt) {
}
