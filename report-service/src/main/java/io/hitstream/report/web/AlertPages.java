package io.hitstream.report.web;

import io.hitstream.report.domain.SignInRequiredException;
import io.hitstream.report.domain.SiteAlerts;
import io.hitstream.report.domain.SiteForbiddenException;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.service.AlertHistory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The HTML page of a site's open and past alerts; access and error pages as for its report ({@link SitePages}). */
@Path("/sites/{site}/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertPages {
    private final AlertHistory history;
    private final SecurityIdentity identity;

    public AlertPages(AlertHistory history, SecurityIdentity identity) {
        this.history = history;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(SiteAlerts alerts);
    }

    @GET
    public Uni<TemplateInstance> alerts(@PathParam("site") String site) {
        return history.alerts(Readers.of(identity), site).map(Templates::alerts);
    }

    @ServerExceptionMapper
    public Response unknownSite(UnknownSiteException e) {
        return error(Response.Status.NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public Response signInRequired(SignInRequiredException e) {
        return Response.seeOther(URI.create("/login")).build();
    }

    @ServerExceptionMapper
    public Response siteForbidden(SiteForbiddenException e) {
        return error(Response.Status.FORBIDDEN, e);
    }

    private static Response error(Response.Status status, RuntimeException e) {
        String page = SitePages.Templates.error(status.getStatusCode(), e.getMessage()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
