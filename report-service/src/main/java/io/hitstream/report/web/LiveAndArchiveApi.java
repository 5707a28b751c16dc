package io.hitstream.report.web;

import io.hitstream.report.service.Archives;
import io.hitstream.report.service.LiveViews;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The live page's data and the weekly archive's list as JSON; errors are problem details ({@link ErrorResponses}). */
@Path("/api/v1/sites/{site}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No credentials, or wrong ones, for a site not readable anonymously",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The site is not granted to the caller",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No site has this name",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LiveAndArchiveApi {
    private final LiveViews views;
    private final Archives archives;
    private final SecurityIdentity identity;

    public LiveAndArchiveApi(LiveViews views, Archives archives, SecurityIdentity identity) {
        this.views = views;
        this.archives = archives;
        this.identity = identity;
    }

    @GET
    @Path("/live")
    @Operation(summary = "A site's hits per section over the last 10 minutes",
            description = "Per UTC minute (the current one included) and in total, the 50 sections with most hits, "
                    + "the most popular section, and the site's open traffic alert if any.")
    @APIResponse(responseCode = "200", description = "The last minutes")
    public Uni<LiveJson> live(@Parameter(description = "The site's name") @PathParam("site") String site) {
        return views.view(Readers.of(identity), site).map(LiveJson::of);
    }

    @GET
    @Path("/archive")
    @Operation(summary = "A site's archived weeks, newest first",
            description = "Each finished week (Monday to Sunday in the site's time zone) with its hits, when its "
                    + "snapshot was rendered, and the path of the snapshot (HTML).")
    @APIResponse(responseCode = "200", description = "The archived weeks")
    public Uni<ArchiveJson> archive(@Parameter(description = "The site's name") @PathParam("site") String site) {
        return archives.weeks(Readers.of(identity), site).map(weeks -> ArchiveJson.of(site, weeks));
    }
}
