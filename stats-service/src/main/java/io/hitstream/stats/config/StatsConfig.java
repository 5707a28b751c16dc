package io.hitstream.stats.config;

import io.hitstream.rollups.RollupLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the stats service, under {@code hitstream.stats} (environment: {@code HITSTREAM_STATS_*}). */
@ConfigMapping(prefix = "hitstream.stats")
public interface StatsConfig {
    /**
     * Rows per statement of a commit's sketch merges and daily key budgets (1 to 4000): fewer round trips against
     * bounded statement size. The counters' upserts are one statement per table, whatever their rows.
     */
    @WithDefault("500")
    int upsertChunkRows();

    /**
     * Most distinct keys of a site's day-grain dimension on one local day, across batches and replicas; past it new
     * keys count under {@code (other)} and as the dimension's overflow.
     */
    @WithDefault("" + RollupLimits.MAX_KEYS_PER_DAY)
    int maxKeysPerDay();

    /** How commits that arrive together share transactions. */
    CommitGroups commitGroups();

    /** How long rollup rows are kept. */
    Retention retention();

    /** Retention of the rollups by grain, under {@code hitstream.stats.retention}. */
    interface Retention {
        /** How often the retention jobs run ({@code off} never). */
        @WithDefault("10m")
        String interval();

        /** Age past which minute rows are deleted, and not written by a commit that arrives later. */
        @WithDefault("48h")
        Duration minute();

        /** Age past which hourly totals, hourly counted keys and hour sketches are deleted. */
        @WithDefault("400d")
        Duration hourly();

        /** Age past which daily counted keys and day sketches are deleted; unset: kept forever. */
        Optional<Duration> daily();

        /** Rows deleted per statement, each in its own short transaction. */
        @WithDefault("5000")
        int batchRows();
    }

    /** The monthly grain's fold job ({@code hitstream.stats.monthly-fold.*}). */
    MonthlyFold monthlyFold();

    /** How the dirty months of the daily rows are folded into monthly rows. */
    interface MonthlyFold {
        /** How often the fold job runs ({@code off} never: long ranges are then read from daily rows only). */
        @WithDefault("1m")
        String interval();

        /** Most months folded per run, each in its own transaction. */
        @WithDefault("12")
        int batchMonths();

        /**
         * Longest a dirty month waits for its site to stop changing (its data version the same at two runs in a
         * row) before it is folded anyway; {@code 0s} folds every dirty month when seen.
         */
        @WithDefault("10m")
        Duration maxWait();
    }

    /**
     * Group commit, under {@code hitstream.stats.commit-groups}: the batches that arrive while transactions are in
     * flight go together into the next one.
     */
    interface CommitGroups {
        /** Transactions committing groups at once: more overlap the database's round trips, fewer share more rows. */
        @WithDefault("2")
        int inFlight();

        /** Most batches in one transaction. */
        @WithDefault("16")
        int maxBatches();
    }

    /** Alert rules, evaluation and webhooks ({@code hitstream.stats.alerts.*}). */
    AlertsConfig alerts();
}
