package io.hitstream.report.web;

import io.hitstream.report.service.AlertHistory;
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

/** The JSON API of a site's alerts; access as for its summary ({@link ReportApi}). */
@Path("/api/v1/sites/{site}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AlertsApi {
    /** Tells an API client that HTTP Basic is how to sign in. */

    private final AlertHistory history;
    private final SecurityIdentity identity;

    public AlertsApi(AlertHistory history, SecurityIdentity identity) {
        this.history = history;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "One site's open alerts and its newest 100 recovered ones, newest first",
            description = "Rules: traffic (hits), error_rate (5xx percent), latency (p99 milliseconds), silence "
                    + "(hits); times are the ends of the evaluated windows, UTC.")
    @APIResponse(responseCode = "200", description = "The alerts")
    @APIResponse(responseCode = "401", description = "No credentials, or wrong ones, for a site not readable anonymously",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The site is not granted to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No site has this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AlertsJson> alerts(
            @Parameter(description = "The site's name, as the agent shipped it") @PathParam("site") String site) {
        return history.alerts(Readers.of(identity), site).map(AlertsJson::of);
    }
}
