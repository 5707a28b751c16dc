package io.hitstream.report.web;

import io.hitstream.report.domain.DateRangeRequest;
import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.SignInRequiredException;
import io.hitstream.report.domain.SiteForbiddenException;
import io.hitstream.report.domain.SiteSummary;
import io.hitstream.report.domain.SiteTotals;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.service.SummaryReader;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The HTML report: the sites list, and one site's summary with a date form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SitePages {
    private final SummaryReader summaries;
    private final SecurityIdentity identity;

    public SitePages(SummaryReader summaries, SecurityIdentity identity) {
        this.summaries = summaries;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SiteTotals> sites, boolean signedIn);

        static native TemplateInstance site(SiteSummary summary, List<DayBar> bars);

        static native TemplateInstance error(int status, String message);

        static native TemplateInstance login(boolean failed);
    }

    @GET
    public Uni<TemplateInstance> index() {
        boolean signedIn = Readers.of(identity).signedIn();
        return summaries.sites(Readers.of(identity)).map(sites -> Templates.index(sites, signedIn));
    }

    /** The form login; the form posts to Quarkus' {@code /j_security_check}, which comes back here on failure. */
    @GET
    @Path("/login")
    public TemplateInstance login(@QueryParam("failed") boolean failed) {
        return Templates.login(failed);
    }

    @GET
    @Path("/sites/{site}")
    public Uni<TemplateInstance> site(@PathParam("site") String site, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Uni.createFrom().item(() -> DateRangeRequest.parse(from, to))
                .flatMap(request -> summaries.summary(Readers.of(identity), site, request))
                .map(summary -> Templates.site(summary, DayBar.of(summary.days())));
    }

    @ServerExceptionMapper
    public Response unknownSite(UnknownSiteException e) {
        return error(Response.Status.NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public Response invalidRange(InvalidRangeException e) {
        return error(Response.Status.BAD_REQUEST, e);
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
        String page = Templates.error(status.getStatusCode(), e.getMessage()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
