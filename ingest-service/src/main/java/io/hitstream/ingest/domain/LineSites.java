package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.HostAliases;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the site each line of one batch is counted under. Where the format logs the server name (a virtual host),
 * that name, through the host aliases, picks the site; a line without one is its stream's site's. A server name that
 * is no configured site is rejected rather than counted under the stream's site, which it does not belong to; so is
 * a site the caller may not write. One per batch: it remembers its verdict per server name.
 */
public final class LineSites {
    /** Why a line whose server name is no configured site (nor the stream's) was rejected. */
    public static final String UNKNOWN_SITE = "unknown_site";
    /** Why a line of a site the caller's token may not write was rejected. */
    public static final String SITE_NOT_ALLOWED = "site_not_allowed";
    /** A server name Apache and IIS write when there is none. */
    private static final String NO_NAME = "-";

    private final HostAliases hosts;
    private final SiteTimeZones zones;
    private final SiteGrant grant;
    private final LineSite stream;
    private final String streamCanonical;
    /** False when every line is the stream's, whatever server name it logs. */
    private final boolean byServerName;
    private final Map<String, LineSite> verdicts = new HashMap<>();

    /** The sites of a batch of {@code streamSite}'s stream sent by a caller with {@code grant}. */
    public LineSites(DimensionRules rules, SiteTimeZones zones, String streamSite, SiteGrant grant) {
        this.hosts = rules.hosts();
        this.zones = zones;
        this.grant = grant;
        this.stream = new LineSite(streamSite, zones.zoneOf(streamSite), null);
        this.streamCanonical = hosts.siteOf(streamSite);
        this.byServerName = true;
    }

    /** Every line counted under its stream's site, whatever server name it logs. */
    public static LineSites streamOnly(String streamSite, ZoneId zone) {
        return new LineSites(streamSite, zone);
    }

    private LineSites(String streamSite, ZoneId zone) {
        this.hosts = null;
        this.zones = null;
        this.grant = null;
        this.stream = new LineSite(streamSite, zone, null);
        this.streamCanonical = null;
        this.byServerName = false;
    }

    /** The stream's own site. */
    LineSite stream() {
        return stream;
    }

    /** The site of a line that logged this server name (null when its format logs none). */
    LineSite of(String serverName) {
        if (!byServerName || serverName == null || serverName.isBlank() || serverName.equals(NO_NAME)) {
            return stream;
        }
        return verdicts.computeIfAbsent(serverName, this::decide);
    }

    private LineSite decide(String serverName) {
        if (hosts.siteOf(serverName).equals(streamCanonical)) {
            return stream;
        }
        Optional<String> site = hosts.knownSiteOf(serverName);
        if (site.isEmpty()) {
            return new LineSite(null, null, UNKNOWN_SITE);
        }
        if (!grant.mayWrite(site.get())) {
            return new LineSite(null, null, SITE_NOT_ALLOWED);
        }
        return new LineSite(site.get(), zones.zoneOf(site.get()), null);
    }

    /** A line's site and its time zone, or why the line is rejected ({@code rejection} not null, no site). */
    record LineSite(String site, ZoneId zone, String rejection) {
        boolean isRejected() {
            return rejection != null;
        }
    }
}
