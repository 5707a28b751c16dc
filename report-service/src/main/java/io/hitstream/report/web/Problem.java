package io.hitstream.report.web;

import io.hitstream.report.domain.InvalidPanelOptionException;
import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.SignInRequiredException;
import io.hitstream.report.domain.SiteForbiddenException;
import io.hitstream.report.domain.UnknownPanelException;
import io.hitstream.report.domain.UnknownSiteException;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** An RFC 9457 problem detail: the body of every API error, sent as {@code application/problem+json}. */
public record Problem(String type, String title, int status, String detail) {
    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:hitstream:problem:";

    static Problem of(InvalidRangeException e) {
        String title = switch (e.reason()) {
            case BAD_DATE -> "Bad date";
            case FROM_AFTER_TO -> "From after to";
            case RANGE_TOO_LONG -> "Range too long";
        };
        return new Problem(type(e.reason().name()), title, 400, e.getMessage());
    }

    static Problem of(UnknownSiteException e) {
        return new Problem(type("unknown_site"), "Unknown site", 404, e.getMessage());
    }

    static Problem of(UnknownPanelException e) {
        return new Problem(type("unknown_panel"), "Unknown panel", 404, e.getMessage());
    }

    static Problem of(InvalidPanelOptionException e) {
        return new Problem(type("bad_panel_option"), "Bad panel option", 400, e.getMessage());
    }

    static Problem of(SignInRequiredException e) {
        return new Problem(type("sign_in_required"), "Sign-in required", 401, e.getMessage());
    }

    static Problem of(SiteForbiddenException e) {
        return new Problem(type("site_forbidden"), "Site not granted", 403, e.getMessage());
    }

    Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    private static String type(String name) {
        return TYPE_PREFIX + name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
