package io.hitstream.report.web;

import io.hitstream.report.domain.SiteAlerts;
import io.hitstream.report.service.AlertHistory;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The HTML page of a site's open and past alerts; access and error pages as for its report ({@link SitePages}). */
@Path("/sites/{site}/alerts")
@Produces(MediaType.TEXT_HTML)
public class AlertPages {
    private final AlertHistory history;
    private final SecurityIdentity identity;

    public AlertPages(AlertHistory history, SecurityIdentity identity) {
        this.history = history;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(SiteAlerts alerts);
    }

    @GET
    public Uni<TemplateInstance> alerts(@PathParam("site") String site) {
        return history.alerts(Readers.of(identity), site).map(Templates::alerts);
    }
}
