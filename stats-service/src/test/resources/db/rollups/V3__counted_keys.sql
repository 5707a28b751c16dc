-- Test stand-in for rollup-schema's V3__counted_keys.sql (another branch): the minute_counts shape the
-- alerts read. Drop this file when that migration is merged.
CREATE TABLE minute_counts (
    site          text        NOT NULL,
    dimension     text        NOT NULL,
    minute_start  timestamptz NOT NULL,
    key           text        NOT NULL,
    hits          bigint      NOT NULL,
    status_2xx    bigint      NOT NULL,
    status_3xx    bigint      NOT NULL,
    status_4xx    bigint      NOT NULL,
    status_5xx    bigint      NOT NULL,
    PRIMARY KEY (site, dimension, minute_start, key)
);
