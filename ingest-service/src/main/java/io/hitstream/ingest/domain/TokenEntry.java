package io.hitstream.ingest.domain;

/**
 * One known token: the SHA-256 digest of its text and the sites it may write.
 *
 * @param digest SHA-256 of the token's UTF-8 bytes, 32 bytes
 * @param grant the sites the token may write
 * @param source where it was configured, e.g. {@code /etc/hitstream/tokens line 4}, for messages
 */
record TokenEntry(byte[] digest, SiteGrant grant, String source) {
}
