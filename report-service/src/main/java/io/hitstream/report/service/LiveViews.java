package io.hitstream.report.service;

import io.hitstream.report.domain.LiveView;
import io.hitstream.report.domain.Reader;
import io.hitstream.report.domain.SiteAccess;
import io.hitstream.report.domain.UnknownSiteException;
import io.hitstream.report.store.LiveReader;
import io.hitstream.report.store.RollupReader;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The live page's view of a site: its last minutes by section, for a reader who may see it. */
@ApplicationScoped
public class LiveViews {
    private final RollupReader rollups;
    private final LiveReader live;
    private final SiteAccess access;
    private final Clock clock;

    public LiveViews(RollupReader rollups, LiveReader live, UserDirectory users, Clock clock) {
        this.rollups = rollups;
        this.live = live;
        this.access = users.access();
        this.clock = clock;
    }

    /** Fails as {@link SummaryReader#summary} does: access first, so that nobody learns which sites exist. */
    public Uni<LiveView> view(Reader reader, String site) {
        access.check(reader, site);
        Instant start = LiveView.windowStart(clock.instant());
        Instant end = start.plus(LiveView.MINUTES, ChronoUnit.MINUTES);
        return rollups.span(site)
                .map(span -> span.orElseThrow(() -> new UnknownSiteException(site)))
                .flatMap(span -> Uni.combine().all().unis(live.sectionMinutes(site, start, end),
                                live.openTrafficAlert(site))
                        .with((minutes, alert) -> LiveView.of(site, span.timeZone(), start, minutes, alert)));
    }
}
