-- Every dimension of the reports in one shape: counted keys per grain, added up
-- by additive upserts like the hourly totals, and sketches merged by union. A
-- dimension is stored by its contract name without prefix ('URL',
-- 'CLIENT_DOMAIN', ...); key2 is '' for a dimension whose key has one part.

-- Counted keys of day-grain dimensions per site-local day; kept forever.
CREATE TABLE daily_counts (
    site                text   NOT NULL,
    dimension           text   NOT NULL,
    local_date          date   NOT NULL,
    key                 text   NOT NULL,
    key2                text   NOT NULL DEFAULT '',
    hits                bigint NOT NULL DEFAULT 0,
    bytes               bigint NOT NULL DEFAULT 0,
    status_2xx          bigint NOT NULL DEFAULT 0,
    status_3xx          bigint NOT NULL DEFAULT 0,
    status_4xx          bigint NOT NULL DEFAULT 0,
    status_5xx          bigint NOT NULL DEFAULT 0,
    slow                bigint NOT NULL DEFAULT 0,
    latency_sum_micros  bigint NOT NULL DEFAULT 0,
    latency_count       bigint NOT NULL DEFAULT 0,
    -- Also the report's index: a dimension's days of a site are one range of it.
    PRIMARY KEY (site, dimension, local_date, key, key2)
);

-- Counted keys of hour-grain dimensions (request groups, patterns) per local
-- hour; hour_start as in hourly_totals. Deleted past the hourly retention.
CREATE TABLE hourly_counts (
    site                text        NOT NULL,
    dimension           text        NOT NULL,
    hour_start          timestamptz NOT NULL,
    local_date          date        NOT NULL,
    key                 text        NOT NULL,
    key2                text        NOT NULL DEFAULT '',
    hits                bigint      NOT NULL DEFAULT 0,
    bytes               bigint      NOT NULL DEFAULT 0,
    status_2xx          bigint      NOT NULL DEFAULT 0,
    status_3xx          bigint      NOT NULL DEFAULT 0,
    status_4xx          bigint      NOT NULL DEFAULT 0,
    status_5xx          bigint      NOT NULL DEFAULT 0,
    slow                bigint      NOT NULL DEFAULT 0,
    latency_sum_micros  bigint      NOT NULL DEFAULT 0,
    latency_count       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (site, dimension, hour_start, key, key2)
);
CREATE INDEX hourly_counts_by_day ON hourly_counts (site, dimension, local_date);
-- Retention deletes by age across sites.
CREATE INDEX hourly_counts_by_start ON hourly_counts (hour_start);

-- Counted keys of minute-grain dimensions (sections) per UTC minute: the live
-- view. Deleted past the minute retention (48 hours by default).
CREATE TABLE minute_counts (
    site                text        NOT NULL,
    dimension           text        NOT NULL,
    minute_start        timestamptz NOT NULL,
    key                 text        NOT NULL,
    key2                text        NOT NULL DEFAULT '',
    hits                bigint      NOT NULL DEFAULT 0,
    bytes               bigint      NOT NULL DEFAULT 0,
    status_2xx          bigint      NOT NULL DEFAULT 0,
    status_3xx          bigint      NOT NULL DEFAULT 0,
    status_4xx          bigint      NOT NULL DEFAULT 0,
    status_5xx          bigint      NOT NULL DEFAULT 0,
    slow                bigint      NOT NULL DEFAULT 0,
    latency_sum_micros  bigint      NOT NULL DEFAULT 0,
    latency_count       bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (site, dimension, minute_start, key, key2)
);
CREATE INDEX minute_counts_by_start ON minute_counts (minute_start);

-- Visitor (HLL) and latency (KLL) sketches in rollup-schema's encoding, merged
-- by union under the row's lock. kind: 'VISITORS' or 'LATENCY'; grain: 'HOUR'
-- or 'DAY'; period_start: the instant the hour or the site-local day starts.
CREATE TABLE sketches (
    site          text        NOT NULL,
    kind          text        NOT NULL,
    grain         text        NOT NULL,
    local_date    date        NOT NULL,
    period_start  timestamptz NOT NULL,
    key           text        NOT NULL DEFAULT '',
    data          bytea       NOT NULL,
    PRIMARY KEY (site, kind, grain, local_date, period_start, key)
);
CREATE INDEX sketches_by_start ON sketches (grain, period_start);

-- Pages (hits that are not assets) and crawler hits per hour.
ALTER TABLE hourly_totals ADD COLUMN pages bigint NOT NULL DEFAULT 0;
ALTER TABLE hourly_totals ADD COLUMN crawler_hits bigint NOT NULL DEFAULT 0;
CREATE INDEX hourly_totals_by_start ON hourly_totals (hour_start);

-- The first two dimensions had tables of their own; their rows move unchanged.
INSERT INTO daily_counts (site, dimension, local_date, key, key2, hits)
    SELECT site, 'URL', local_date, url, '', hits FROM daily_url_hits;
INSERT INTO daily_counts (site, dimension, local_date, key, key2, hits)
    SELECT site, 'CLIENT_DOMAIN', local_date, domain, '', hits FROM daily_client_domain_hits;
DROP TABLE daily_url_hits;
DROP TABLE daily_client_domain_hits;
