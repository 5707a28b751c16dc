package io.hitstream.stats.service;

import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.domain.SettledMonths;
import io.hitstream.stats.domain.SiteMonth;
import io.hitstream.stats.store.MonthlyFold;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Folds dirty months into the monthly grain on a schedule, a bounded number per run, each in its own transaction.
 * A month is folded only once it has ended everywhere: its site-local days are over in every time zone (up to
 * UTC+14 and down to UTC-12) a day after the UTC month ends, and once its site has stopped changing
 * ({@link SettledMonths}). Until then, as while dirty, reports read its daily rows.
 */
@ApplicationScoped
public class MonthlyFoldJob {
    private static final Logger LOG = Logger.getLogger(MonthlyFoldJob.class);

    private final MonthlyFold fold;
    private final StatsConfig.MonthlyFold config;
    private final SettledMonths settled;

    MonthlyFoldJob(MonthlyFold fold, StatsConfig config) {
        this.fold = fold;
        this.config = config.monthlyFold();
        this.settled = new SettledMonths(this.config.maxWait());
    }

    @Scheduled(identity = "monthly-fold", every = "${hitstream.stats.monthly-fold.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return foldDirtyMonths(Clock.systemUTC().instant())
                .invoke(months -> LOG.debugf("folded %d months", months))
                .replaceWithVoid();
    }

    /**
     * Folds those of the batch bound's oldest dirty months that had ended at the instant and have settled; answers
     * how many.
     */
    public Uni<Integer> foldDirtyMonths(Instant now) {
        return fold.dirtyBefore(endedBefore(now), config.batchMonths())
                .chain(dirty -> foldEach(settled.toFold(dirty, now)));
    }

    /** The first month not yet ended everywhere at the instant. */
    static LocalDate endedBefore(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1).withDayOfMonth(1);
    }

    private Uni<Integer> foldEach(List<SiteMonth> months) {
        Uni<Integer> folded = Uni.createFrom().item(0);
        for (SiteMonth month : months) {
            folded = folded.chain(count -> fold.fold(month).map(done -> done ? count + 1 : count));
        }
        return folded;
    }
}
