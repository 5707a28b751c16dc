package io.hitstream.report.web;

import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.SignInRequiredException;
import io.hitstream.report.domain.SiteForbiddenException;
import io.hitstream.report.domain.UnknownSiteException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How the report's errors answer wherever a resource does not map them itself: under {@code /api/} as problem
 * details (401 with a Basic challenge), elsewhere as an HTML page (401 as a redirect to the login form).
 */
public class ErrorResponses {
    /** Tells an API client that HTTP Basic is how to sign in. */
    static final String BASIC_CHALLENGE = "Basic realm=\"Hitstream\", charset=\"UTF-8\"";

    @ServerExceptionMapper
    public Response unknownSite(UnknownSiteException e, UriInfo uri) {
        return api(uri) ? Problem.of(e).response() : page(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidRange(InvalidRangeException e, UriInfo uri) {
        return api(uri) ? Problem.of(e).response() : page(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public Response signInRequired(SignInRequiredException e, UriInfo uri) {
        if (!api(uri)) {
            return Response.seeOther(URI.create("/login")).build();
        }
        return Response.fromResponse(Problem.of(e).response())
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response siteForbidden(SiteForbiddenException e, UriInfo uri) {
        return api(uri) ? Problem.of(e).response() : page(Response.Status.FORBIDDEN, e.getMessage());
    }

    /** An HTML error page with this status and message. */
    static Response page(Response.Status status, String message) {
        String page = SitePages.Templates.error(status.getStatusCode(), message).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static boolean api(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }
}
