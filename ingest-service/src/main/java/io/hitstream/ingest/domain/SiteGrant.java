package io.hitstream.ingest.domain;

import java.util.Collection;
import java.util.Set;

/** The sites one caller may write: a list of site names, or every site. */
public final class SiteGrant {
    /** Written in a site list, stands for every site. */
    public static final String EVERY_SITE = "*";
    /** The grant of a caller that may write any site. */
    public static final SiteGrant ALL = new SiteGrant(true, Set.of());
    /** The grant of a caller that may write nothing; what a call carries when no grant was attached to it. */
    public static final SiteGrant NONE = new SiteGrant(false, Set.of());

    /** Longest site name quoted in a refusal, so that a hostile name cannot blow up the status message. */
    private static final int MAX_QUOTED_LENGTH = 128;

    private final boolean everySite;
    private final Set<String> sites;

    private SiteGrant(boolean everySite, Set<String> sites) {
        this.everySite = everySite;
        this.sites = sites;
    }

    /** The grant of these site names, compared exactly; {@value #EVERY_SITE} among them grants every site. */
    public static SiteGrant of(Collection<String> sites) {
        for (String site : sites) {
            if (site.isBlank()) {
                throw new IllegalArgumentException("a site name must not be blank");
            }
        }
        return sites.contains(EVERY_SITE) ? ALL : new SiteGrant(false, Set.copyOf(sites));
    }

    public boolean mayWrite(String site) {
        return everySite || sites.contains(site);
    }

    /** Throws {@link SiteNotAllowedException} unless the caller may write the site. */
    public void requireWrite(String site) {
        if (!mayWrite(site)) {
            throw new SiteNotAllowedException("this token may not write site '" + quoted(site) + "'");
        }
    }

    private static String quoted(String site) {
        return site.length() <= MAX_QUOTED_LENGTH ? site : site.substring(0, MAX_QUOTED_LENGTH) + "...";
    }

    @Override
    public String toString() {
        return everySite ? EVERY_SITE : String.join(",", sites.stream().sorted().toList());
    }
}
