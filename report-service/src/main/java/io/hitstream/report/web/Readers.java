package io.hitstream.report.web;

import io.hitstream.report.domain.Reader;
import io.hitstream.report.service.ReportIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;

/** Who sent a request: the reader signed in by {@link ReportIdentityProvider}, or {@link Reader#ANONYMOUS}. */
final class Readers {

    private Readers() {
    }

    static Reader of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Reader.ANONYMOUS;
        }
        return identity.getAttribute(ReportIdentityProvider.READER);
    }
}
