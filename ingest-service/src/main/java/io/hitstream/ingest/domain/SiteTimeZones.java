package io.hitstream.ingest.domain;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** The IANA time zone each site's hours and days are counted in. */
public final class SiteTimeZones {
    private final ZoneId defaultZone;
    private final Map<String, ZoneId> bySite = new HashMap<>();

    /**
     * Checks every zone name at once, so a typo stops the service at start rather than failing batches.
     *
     * @param defaultZone zone of sites not listed
     * @param bySite zone name per site
     */
    public SiteTimeZones(String defaultZone, Map<String, String> bySite) {
        this.defaultZone = zone("the default time zone", defaultZone);
        bySite.forEach((site, zone) -> this.bySite.put(site, zone("the time zone of site " + site, zone)));
    }

    public ZoneId zoneOf(String site) {
        return bySite.getOrDefault(site, defaultZone);
    }

    private static ZoneId zone(String what, String name) {
        // Stats accepts only region ids of the IANA database, not offsets such as "+05:30".
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            throw new IllegalArgumentException(what + " is '" + name + "', which is not an IANA time zone (e.g. Europe/Zurich)");
        }
        return ZoneId.of(name);
    }
}
