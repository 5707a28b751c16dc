package io.hitstream.ingest.grpc;

import io.grpc.Context;
import io.hitstream.ingest.domain.SiteGrant;

/** Carries the authenticated caller's {@link SiteGrant} in the gRPC {@link Context} of its call. */
public final class CallerGrant {
    static final Context.Key<SiteGrant> KEY = Context.key("hitstream-site-grant");

    private CallerGrant() {
    }

    /** The grant of the current call; {@link SiteGrant#NONE} when none was attached, so a call that escaped authentication writes nothing. */
    public static SiteGrant current() {
        SiteGrant grant = KEY.get();
        return grant == null ? SiteGrant.NONE : grant;
    }
}
