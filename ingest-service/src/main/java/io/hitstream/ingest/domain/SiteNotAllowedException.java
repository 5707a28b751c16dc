package io.hitstream.ingest.domain;

/** The caller is authenticated but its token may not write the site it sent lines for. */
public class SiteNotAllowedException extends RuntimeException {
    public SiteNotAllowedException(String message) {
        super(message);
    }
}
