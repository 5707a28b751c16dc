package io.hitstream.report.service;

import io.hitstream.report.domain.SiteAccess;
import io.hitstream.report.domain.SiteAlerts;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.store.AlertReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads a site's open and past alerts for a reader who may see the site. */
@ApplicationScoped
public class AlertHistory {
    private final AlertReader alerts;
    private final SiteAccess access;

    public AlertHistory(AlertReader alerts, UserDirectory users) {
        this.alerts = alerts;
        this.access = users.access();
    }

    /**
     * Fails with the access exceptions of {@link SiteAccess#check} (before looking the site up, so that nobody learns
     * which sites exist) or {@link UnknownSiteException}.
     */
    public Uni<SiteAlerts> alerts(Reader reader, String site) {
        access.check(reader, site);
        return alerts.alerts(site).map(found -> found.orElseThrow(() -> new UnknownSiteException(site)));
    }
}
