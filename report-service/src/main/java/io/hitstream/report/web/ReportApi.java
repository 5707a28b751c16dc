package io.hitstream.report.web;

import io.hitstream.report.domain.DateRangeRequest;
import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.SignInRequiredException;
import io.hitstream.report.domain.SiteForbiddenException;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.service.SummaryReader;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The JSON API: sites with their totals, and one site's summary over a date range. */
@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
public class ReportApi {
    /** Tells an API client that HTTP Basic is how to sign in. */
    private static final String BASIC_CHALLENGE = "Basic realm=\"Hitstream\", charset=\"UTF-8\"";

    private final SummaryReader summaries;
    private final SecurityIdentity identity;

    public ReportApi(SummaryReader summaries, SecurityIdentity identity) {
        this.summaries = summaries;
        this.identity = identity;
    }

    @GET
    public Uni<SitesJson> sites() {
        return summaries.sites(Readers.of(identity)).map(SitesJson::new);
    }

    @GET
    @Path("/{site}/summary")
    public Uni<SummaryJson> summary(@PathParam("site") String site, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Uni.createFrom().item(() -> DateRangeRequest.parse(from, to))
                .flatMap(request -> summaries.summary(Readers.of(identity), site, request))
                .map(SummaryJson::of);
    }

    @ServerExceptionMapper
    public Response unknownSite(UnknownSiteException e) {
        return Problem.of(e).response();
    }

    @ServerExceptionMapper
    public Response invalidRange(InvalidRangeException e) {
        return Problem.of(e).response();
    }

    @ServerExceptionMapper
    public Response signInRequired(SignInRequiredException e) {
        Response problem = Problem.of(e).response();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response siteForbidden(SiteForbiddenException e) {
        return Problem.of(e).response();
    }
}
