package io.hitstream.stats.service;

import io.hitstream.stats.config.StatsConfig;
import io.hitstream.stats.store.RollupRetention;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Deletes rollup rows past their retention on a schedule: minutes, hours, and days when a daily retention is set. */
@ApplicationScoped
public class RetentionJobs {
    private static final Logger LOG = Logger.getLogger(RetentionJobs.class);

    private final RollupRetention retention;
    private final StatsConfig.Retention config;

    RetentionJobs(RollupRetention retention, StatsConfig config) {
        this.retention = retention;
        this.config = config.retention();
    }

    @Scheduled(identity = "rollup-retention", every = "${hitstream.stats.retention.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return deleteExpired(Clock.systemUTC().instant())
                .invoke(rows -> LOG.debugf("retention deleted %d rollup rows", rows))
                .replaceWithVoid();
    }

    /** Deletes every row past its retention at the given instant; answers how many rows were deleted. */
    public Uni<Integer> deleteExpired(Instant now) {
        int batch = config.batchRows();
        Uni<Integer> minutesAndHours = retention.deleteMinutesBefore(now.minus(config.minute()), batch)
                .chain(minutes -> retention.deleteHoursBefore(now.minus(config.hourly()), batch)
                        .map(hours -> minutes + hours));
        return config.daily()
                .map(daily -> minutesAndHours.chain(rows -> retention.deleteDaysBefore(
                        now.minus(daily).atOffset(ZoneOffset.UTC).toLocalDate(), batch).map(days -> rows + days)))
                .orElse(minutesAndHours);
    }
}
