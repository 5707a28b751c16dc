package io.hitstream.report.web;

import io.hitstream.report.domain.DateRangeRequest;
import io.hitstream.report.domain.InvalidPanelOptionException;
import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelColumn;
import io.hitstream.report.domain.Ranking;
import io.hitstream.report.domain.RankingCsv;
import io.hitstream.report.domain.SignInRequiredException;
import io.hitstream.report.domain.SiteForbiddenException;
import io.hitstream.report.domain.UnknownPanelException;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.service.PanelReader;
import io.hitstream.report.service.SummaryReader;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The JSON API: sites with their totals, one site's summary over a date range, and each panel as JSON and CSV. */
@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No credentials, or wrong ones, for a site not readable anonymously",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportApi {
    private static final String CSV = "text/csv";
    /** Tells an API client that HTTP Basic is how to sign in. */
    private static final String BASIC_CHALLENGE = "Basic realm=\"Hitstream\", charset=\"UTF-8\"";

    private final SummaryReader summaries;
    private final PanelReader panels;
    private final SecurityIdentity identity;

    public ReportApi(SummaryReader summaries, PanelReader panels, SecurityIdentity identity) {
        this.summaries = summaries;
        this.panels = panels;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The sites the caller may read, with their all-time totals",
            description = "Sorted by site name; first and last day are site-local days, null while a site has no data.")
    @APIResponse(responseCode = "200", description = "The sites")
    public Uni<SitesJson> sites() {
        return summaries.sites(Readers.of(identity)).map(SitesJson::new);
    }

    @GET
    @Path("/{site}/summary")
    @Operation(summary = "One site's summary over a range of days",
            description = "Hits, bytes, status classes, top URLs and client domains, hits per day, and the lines "
                    + "rejected and repaired on the range's days.")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "A bad date, from after to, or a range over the maximum",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The site is not granted to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No site has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SummaryJson> summary(
            @Parameter(description = "The site's name, as the agent shipped it") @PathParam("site") String site,
            @Parameter(description = "First day, YYYY-MM-DD in the site's time zone; default: the first day with "
                    + "data (or the longest range allowed before to)") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD, included; default: the last day with data (or the longest "
                    + "range allowed after from)") @QueryParam("to") String to) {
        return Uni.createFrom().item(() -> DateRangeRequest.parse(from, to))
                .flatMap(request -> summaries.summary(Readers.of(identity), site, request))
                .map(SummaryJson::of);
    }

    @GET
    @Path("/{site}/{ranking: urls|client-domains}.csv")
    @Produces(CSV)
    @Operation(summary = "A whole ranking over a range of days, as CSV: rank, key (url or domain), hits",
            description = "Every row, not only the ten of the page, most hits first; cells a spreadsheet would read as "
                    + "a formula start with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The ranking")
    public Uni<Response> rankingCsv(@Parameter(description = "The site's name") @PathParam("site") String site,
            @Parameter(description = "urls or client-domains") @PathParam("ranking") String name,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD, included") @QueryParam("to") String to) {
        Ranking ranking = Ranking.named(name).orElseThrow();
        return Uni.createFrom().item(() -> DateRangeRequest.parse(from, to))
                .flatMap(request -> summaries.ranking(Readers.of(identity), site, request, ranking))
                .map(rows -> csv(name + ".csv", RankingCsv.of(ranking.keyHeading(), rows)));
    }

    @GET
    @Path("/{site}/panels/{panel}")
    @Operation(summary = "One panel of a site's report over a range: a page of its table",
            description = "Panels: summary, traffic, hours, weekdays, urls, client-domains, tlds, countries, referrers, "
                    + "referrer-domains, search-engines, browsers, operating-systems, devices, crawlers, status-codes, "
                    + "methods, response-sizes (pmdaweblog's size bins), not-found (404 URLs), bad-links, redirects, "
                    + "request-groups, patterns, web-hosts, dir-tree, rejected-lines, repaired-lines, overflow (per "
                    + "dimension, the hits and bytes counted under (other) past the daily bound of distinct keys). "
                    + "Every panel has the same shape: its columns, then its rows as objects keyed by column name; a panel whose dimension went past the "
                    + "bound in the range says so in overflow.")
    @APIResponse(responseCode = "200", description = "The page of the panel")
    @APIResponse(responseCode = "400", description = "A bad date, from after to, a range over the maximum, or a sort "
            + "column, direction, page, size or depth the panel does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The site is not granted to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No site or no panel has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PanelJson> panel(@Parameter(description = "The site's name") @PathParam("site") String site,
            @Parameter(description = "The panel's name") @PathParam("panel") String name,
            @BeanParam ReportQuery query) {
        return Uni.createFrom().item(() -> Panel.named(name))
                .flatMap(panel -> panels.range(Readers.of(identity), site, query.selection())
                        .flatMap(range -> panels.table(range, panel, query.options(panel))
                                .map(table -> PanelJson.of(range, table))));
    }

    @GET
    @Path("/{site}/panels/{panel}.csv")
    @Produces(CSV)
    @Operation(summary = "One panel's whole table over a range, as CSV",
            description = "A heading line of column names, then every row (not only a page), sorted as asked; a "
                    + "text cell a spreadsheet would read as a formula starts with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The table")
    @APIResponse(responseCode = "400", description = "As for the panel's JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The site is not granted to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No site or no panel has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> panelCsv(@Parameter(description = "The site's name") @PathParam("site") String site,
            @Parameter(description = "The panel's name") @PathParam("panel") String name,
            @BeanParam ReportQuery query) {
        return Uni.createFrom().item(() -> Panel.named(name))
                .flatMap(panel -> panels.range(Readers.of(identity), site, query.selection())
                        .flatMap(range -> panels.table(range, panel, query.options(panel).everyRow()))
                        .map(table -> csv(panel.pathName() + ".csv", RankingCsv.table(
                                panel.columns().stream().map(PanelColumn::name).toList(), table.rows()))));
    }

    private static Response csv(String fileName, String body) {
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
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
    public Response unknownPanel(UnknownPanelException e) {
        return Problem.of(e).response();
    }

    @ServerExceptionMapper
    public Response invalidPanelOption(InvalidPanelOptionException e) {
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
