package io.hitstream.report.web;

import io.hitstream.report.domain.DateRangeRequest;
import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.service.SummaryReader;
import io.hitstream.report.store.RollupReader;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The JSON API: sites with their totals, and one site's summary over a date range. */
@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
public class ReportApi {
    private final RollupReader rollups;
    private final SummaryReader summaries;

    public ReportApi(RollupReader rollups, SummaryReader summaries) {
        this.rollups = rollups;
        this.summaries = summaries;
    }

    @GET
    public Uni<SitesJson> sites() {
        return rollups.sites().map(SitesJson::new);
    }

    @GET
    @Path("/{site}/summary")
    public Uni<SummaryJson> summary(@PathParam("site") String site, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Uni.createFrom().item(() -> DateRangeRequest.parse(from, to))
                .flatMap(request -> summaries.summary(site, request))
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
}
