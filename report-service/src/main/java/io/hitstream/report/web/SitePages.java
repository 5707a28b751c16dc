package io.hitstream.report.web;

import io.hitstream.report.domain.DateRangeRequest;
import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.SiteSummary;
import io.hitstream.report.domain.SiteTotals;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.service.SummaryReader;
import io.hitstream.report.store.RollupReader;
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
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The HTML report: the sites list, and one site's summary with a date form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SitePages {
    private final RollupReader rollups;
    private final SummaryReader summaries;

    public SitePages(RollupReader rollups, SummaryReader summaries) {
        this.rollups = rollups;
        this.summaries = summaries;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SiteTotals> sites);

        static native TemplateInstance site(SiteSummary summary, List<DayBar> bars);

        static native TemplateInstance error(int status, String message);
    }

    @GET
    public Uni<TemplateInstance> index() {
        return rollups.sites().map(Templates::index);
    }

    @GET
    @Path("/sites/{site}")
    public Uni<TemplateInstance> site(@PathParam("site") String site, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Uni.createFrom().item(() -> DateRangeRequest.parse(from, to))
                .flatMap(request -> summaries.summary(site, request))
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

    private static Response error(Response.Status status, RuntimeException e) {
        String page = Templates.error(status.getStatusCode(), e.getMessage()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
