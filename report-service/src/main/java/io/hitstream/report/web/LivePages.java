package io.hitstream.report.web;

import io.hitstream.report.config.LiveConfig;
import io.hitstream.report.service.LiveViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** A site's live page: hits per section over the last minutes, reloaded by the browser itself (no script). */
@Path("/sites/{site}/live")
@Produces(MediaType.TEXT_HTML)
public class LivePages {
    private final LiveViews views;
    private final SecurityIdentity identity;
    private final long refreshSeconds;

    public LivePages(LiveViews views, SecurityIdentity identity, LiveConfig config) {
        this.views = views;
        this.identity = identity;
        this.refreshSeconds = Math.max(1, config.refresh().toSeconds());
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance live(LivePage page);
    }

    // The Refresh header reloads the page as <meta http-equiv=refresh> would, and the CSP has nothing to allow. The
    // page is rendered here, as a template answered in a response of its own would lose the charset.
    @GET
    public Uni<RestResponse<String>> live(@PathParam("site") String site) {
        return views.view(Readers.of(identity), site)
                .map(view -> RestResponse.ResponseBuilder.ok(Templates.live(LivePage.of(view, refreshSeconds)).render())
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header("Refresh", Long.toString(refreshSeconds))
                        .build());
    }
}
