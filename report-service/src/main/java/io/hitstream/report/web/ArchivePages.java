package io.hitstream.report.web;

import io.hitstream.report.domain.ArchivedWeek;
import io.hitstream.report.service.Archives;
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
import java.util.List;

/** The weekly archive: a site's archived weeks, and each week's snapshot as it was rendered. */
@Path("/archive/{site}")
@Produces(MediaType.TEXT_HTML)
public class ArchivePages {
    private final Archives archives;
    private final SecurityIdentity identity;

    public ArchivePages(Archives archives, SecurityIdentity identity) {
        this.archives = archives;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance weeks(String site, List<ArchivedWeek> weeks);
    }

    @GET
    public Uni<TemplateInstance> weeks(@PathParam("site") String site) {
        return archives.weeks(Readers.of(identity), site).map(weeks -> Templates.weeks(site, weeks));
    }

    /** The snapshot is served as stored: it was escaped when rendered. */
    @GET
    @Path("/{week}")
    public Uni<Response> week(@PathParam("site") String site, @PathParam("week") String week) {
        return archives.page(Readers.of(identity), site, week).map(page -> page
                .map(html -> Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build())
                .orElseGet(() -> ErrorResponses.page(Response.Status.NOT_FOUND, "the archive of " + site
                        + " has no week " + week + ": its list names the weeks it has, each by its Monday")));
    }
}
