package io.hitstream.report.service;

import io.hitstream.report.config.ArchiveConfig;
import io.hitstream.report.domain.ArchivedWeek;
import io.hitstream.report.domain.SiteSpan;
import io.hitstream.report.domain.SiteTotals;
import io.hitstream.report.domain.Week;
import io.hitstream.report.store.ArchiveStore;
import io.hitstream.report.store.RollupReader;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Archives each site's finished weeks as static snapshots, then mails their bad links. Several replicas may run it
 * at once: the archive keeps the first snapshot of a week and ignores the others.
 */
@ApplicationScoped
public class WeeklyArchiver {
    private static final Logger LOG = Logger.getLogger(WeeklyArchiver.class);

    private final RollupReader rollups;
    private final WeekReports reports;
    private final ArchiveStore archive;
    private final BadLinksMailer mailer;
    private final Clock clock;
    private final Duration grace;

    public WeeklyArchiver(RollupReader rollups, WeekReports reports, ArchiveStore archive, BadLinksMailer mailer,
            Clock clock, ArchiveConfig config) {
        this.rollups = rollups;
        this.reports = reports;
        this.archive = archive;
        this.mailer = mailer;
        this.clock = clock;
        this.grace = config.grace();
    }

    // The first run waits a minute: started together with stats, report would otherwise look for the archive's
    // tables before stats has migrated them, and wait a whole interval for the next try.
    @Scheduled(identity = "weekly-archive", every = "${hitstream.report.archive.every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        Instant now = clock.instant();
        return archiveAll(now).flatMap(written -> mailer.mailAll(now))
                .onFailure().invoke(e -> LOG.warnf(e, "The weekly archive failed; its next run tries again"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Archives every site's weeks that were over {@link ArchiveConfig#grace()} before {@code now} and are not in the
     * archive, from the week of its first day with data to that of its last; answers the weeks this call kept.
     */
    public Uni<List<ArchivedWeek>> archiveAll(Instant now) {
        return rollups.sites()
                .onItem().transformToMulti(sites -> Multi.createFrom().iterable(sites))
                .filter(site -> site.firstDay() != null)
                .onItem().transformToUniAndConcatenate(site -> archive(site, now))
                .collect().asList()
                .map(kept -> kept.stream().flatMap(List::stream).toList());
    }

    /** The site's span is read again for its data version, which the week's reads are kept for. */
    private Uni<List<ArchivedWeek>> archive(SiteTotals site, Instant now) {
        return rollups.span(site.site()).flatMap(span -> span.map(known -> archive(known, now))
                .orElse(Uni.createFrom().item(List.of())));
    }

    private Uni<List<ArchivedWeek>> archive(SiteSpan span, Instant now) {
        List<Week> finished = Week.finished(span.firstDay(), span.lastDay(), ZoneId.of(span.timeZone()), grace, now);
        return archive.weeks(span.site())
                .map(kept -> kept.stream().map(ArchivedWeek::week).collect(Collectors.toSet()))
                .onItem().transformToMulti(kept -> Multi.createFrom().iterable(missing(finished, kept)))
                .onItem().transformToUniAndConcatenate(week -> archive(span, week, now))
                .filter(Optional::isPresent).map(Optional::get)
                .collect().asList();
    }

    private static List<Week> missing(List<Week> finished, Set<Week> kept) {
        return finished.stream().filter(week -> !kept.contains(week)).toList();
    }

    /** The week kept; empty when another replica kept it first. */
    private Uni<Optional<ArchivedWeek>> archive(SiteSpan site, Week week, Instant now) {
        return reports.read(site, week).flatMap(report -> {
            ArchivedWeek kept = new ArchivedWeek(site.site(), week, report.summary().hits(), now);
            return archive.add(kept, WeekSnapshot.html(report)).map(added -> added ? Optional.of(kept) : Optional.empty());
        });
    }
}
