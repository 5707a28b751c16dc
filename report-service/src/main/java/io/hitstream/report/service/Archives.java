package io.hitstream.report.service;

import io.hitstream.report.domain.ArchivedWeek;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.SiteAccess;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.domain.Week;
import io.hitstream.report.store.ArchiveStore;
import io.hitstream.report.store.RollupReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The weekly archive as a reader sees it: the weeks of a site they may see, and each week's snapshot. */
@ApplicationScoped
public class Archives {
    private final RollupReader rollups;
    private final ArchiveStore archive;
    private final SiteAccess access;

    public Archives(RollupReader rollups, ArchiveStore archive, UserDirectory users) {
        this.rollups = rollups;
        this.archive = archive;
        this.access = users.access();
    }

    /** The site's archived weeks, newest first; fails as {@link SummaryReader#summary} does. */
    public Uni<List<ArchivedWeek>> weeks(Reader reader, String site) {
        access.check(reader, site);
        return rollups.span(site)
                .map(span -> span.orElseThrow(() -> new UnknownSiteException(site)))
                .flatMap(span -> archive.weeks(site));
    }

    /** The snapshot of the week named by its Monday; empty for a name that is no Monday or a week not archived. */
    public Uni<Optional<String>> page(Reader reader, String site, String weekName) {
        access.check(reader, site);
        Optional<Week> week = Week.named(weekName);
        if (week.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return archive.page(site, week.get());
    }
}
