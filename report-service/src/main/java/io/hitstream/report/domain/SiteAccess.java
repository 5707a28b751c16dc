package io.hitstream.report.domain;

import java.util.Set;

/** Which sites a reader may see: an admin every one, a viewer those granted, everyone the anonymous ones. */
public record SiteAccess(Set<String> anonymousSites) {

    public SiteAccess {
        anonymousSites = Set.copyOf(anonymousSites);
    }

    public boolean maySee(Reader reader, String site) {
        return reader.admin() || reader.sites().contains(site) || anonymousSites.contains(site);
    }

    /** Throws {@link SignInRequiredException} or {@link SiteForbiddenException} unless the reader may see it. */
    public void check(Reader reader, String site) {
        if (maySee(reader, site)) {
            return;
        }
        if (!reader.signedIn()) {
            throw new SignInRequiredException();
        }
        throw new SiteForbiddenException(reader.name(), site);
    }

    /** Where no site is anonymous, nobody signed in must sign in rather than be shown an empty list of sites. */
    public void checkListing(Reader reader) {
        if (!reader.signedIn() && anonymousSites.isEmpty()) {
            throw new SignInRequiredException();
        }
    }
}
