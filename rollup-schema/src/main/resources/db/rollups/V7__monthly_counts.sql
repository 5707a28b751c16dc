-- The monthly grain of the day-grain counted keys, so that a long range sums a row per key and month rather than
-- per key and day. It is folded from daily_counts by stats and only ever read where it is exact: a month's
-- monthly rows are read only while the month is in folded_months and not in dirty_months, in the same snapshot.

-- The sums of daily_counts per site-local month (month_start: its first day) as of the month's last fold.
CREATE TABLE monthly_counts (
    site                text   NOT NULL,
    dimension           text   NOT NULL,
    month_start         date   NOT NULL,
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
    PRIMARY KEY (site, dimension, month_start, key, key2)
);

-- Months whose monthly_counts rows are the sums of their daily rows, unless dirty.
CREATE TABLE folded_months (
    site         text NOT NULL,
    month_start  date NOT NULL,
    PRIMARY KEY (site, month_start)
);

-- Months whose daily rows changed since their last fold. Every transaction that changes a month's daily rows makes
-- sure of its mark before it commits: it inserts it, or holds a FOR KEY SHARE lock on it, which the fold's claim
-- (FOR UPDATE SKIP LOCKED, then DELETE) conflicts with. So a fold never clears a mark that a commit it cannot see
-- relies on, and a mark inserted while a fold holds it waits for that fold's end.
CREATE TABLE dirty_months (
    site         text NOT NULL,
    month_start  date NOT NULL,
    PRIMARY KEY (site, month_start)
);

-- The months counted before this table are folded by stats' fold job like any dirty month.
INSERT INTO dirty_months (site, month_start)
    SELECT DISTINCT site, CAST(date_trunc('month', local_date) AS date) FROM daily_counts;
