package io.hitstream.report.web;

import io.hitstream.report.domain.AnswerKey;
import io.hitstream.report.domain.DirNode;
import io.hitstream.report.domain.InvalidPanelOptionException;
import io.hitstream.report.domain.InvalidRangeException;
import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelOptions;
import io.hitstream.report.domain.ReportRange;
import io.hitstream.report.domain.SignInRequiredException;
import io.hitstream.report.domain.SiteForbiddenException;
import io.hitstream.report.domain.SiteOverview;
import io.hitstream.report.domain.UnknownPanelException;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.service.OverviewReader;
import io.hitstream.report.service.PanelReader;
import io.hitstream.report.service.ReportCache;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
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

/** The HTML report: the overview of sites, one site's report with its range links, and each panel's own page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SitePages {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final PanelReader panels;
    private final OverviewReader overviews;
    private final ReportCache cache;
    private final SecurityIdentity identity;

    public SitePages(PanelReader panels, OverviewReader overviews, ReportCache cache, SecurityIdentity identity) {
        this.panels = panels;
        this.overviews = overviews;
        this.cache = cache;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SiteOverview> sites, boolean signedIn);

        static native TemplateInstance site(SitePageView page);

        static native TemplateInstance panel(PanelPageView page);

        static native TemplateInstance error(int status, String message);

        static native TemplateInstance login(boolean failed);
    }

    /** The overview: every site the reader may see over its last 30 days. */
    @GET
    public Uni<TemplateInstance> index() {
        boolean signedIn = Readers.of(identity).signedIn();
        return overviews.overview(Readers.of(identity)).map(sites -> Templates.index(sites, signedIn));
    }

    /** The form login; the form posts to Quarkus' {@code /j_security_check}, which comes back here on failure. */
    @GET
    @Path("/login")
    public TemplateInstance login(@QueryParam("failed") boolean failed) {
        return Templates.login(failed);
    }

    /**
     * The site's report; kept rendered, as it shows nothing of who reads it, for the site's data version (rendering
     * the Dir Tree of a site with thousands of top-level paths costs more than reading its kept panels).
     */
    @GET
    @Path("/sites/{site}")
    public Uni<Response> site(@PathParam("site") String site, @BeanParam ReportQuery query) {
        return Uni.createFrom().item(query::selection)
                .flatMap(selection -> panels.range(Readers.of(identity), site, selection))
                .flatMap(range -> cache.get(AnswerKey.of("site-page", range.span(), range),
                        () -> panels.sitePage(range).map(page -> SitePageView.of(page.summary(), page.report()))
                                .map(view -> Templates.site(view).render())))
                .map(page -> Response.ok(page, HTML).build());
    }

    /** One panel's whole table, page by page and sorted as asked; the Dir Tree as a tree. */
    @GET
    @Path("/sites/{site}/panels/{panel}")
    public Uni<TemplateInstance> panel(@PathParam("site") String site, @PathParam("panel") String name,
            @BeanParam ReportQuery query) {
        return Uni.createFrom().item(() -> Panel.named(name))
                .flatMap(panel -> panels.range(Readers.of(identity), site, query.selection())
                        .flatMap(range -> page(range, panel, query.options(panel))))
                .map(Templates::panel);
    }

    private Uni<PanelPageView> page(ReportRange range, Panel panel, PanelOptions options) {
        Uni<DirNode> tree = panel == Panel.DIR_TREE ? panels.dirTree(range, options) : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(panels.table(range, panel, options), tree)
                .with((table, dirTree) -> PanelPageView.of(range, table, dirTree));
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
    public Response unknownPanel(UnknownPanelException e) {
        return error(Response.Status.NOT_FOUND, e);
    }

    @ServerExceptionMapper
    public Response invalidPanelOption(InvalidPanelOptionException e) {
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
        return Response.status(status).type(HTML).entity(page).build();
    }
}
