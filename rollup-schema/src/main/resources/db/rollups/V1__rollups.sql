-- Rollups merged from ingest's partial aggregates. Every counter is only ever
-- incremented by an additive upsert, so several stats replicas can commit at
-- once and stay exact; the ledger makes each stream offset count once.

-- One row per site seen; its time zone decides which local hour and day a hit
-- belongs to (ingest buckets with it, report shows it).
CREATE TABLE site (
    site        text        PRIMARY KEY,
    time_zone   text        NOT NULL,
    first_seen  timestamptz NOT NULL DEFAULT now()
);

-- Committed byte offset per shipped file: a batch is applied only when it
-- starts exactly here, and moves it to the batch's end in the same transaction.
CREATE TABLE stream_ledger (
    site              text        NOT NULL,
    host              text        NOT NULL,
    file_id           text        NOT NULL,
    committed_offset  bigint      NOT NULL CHECK (committed_offset >= 0),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, host, file_id)
);

-- Totals per local hour of a site. hour_start is the instant the local hour
-- starts, so hours stay distinct across daylight-saving changes; local_date is
-- the site-local day the hour belongs to.
CREATE TABLE hourly_totals (
    site          text        NOT NULL,
    hour_start    timestamptz NOT NULL,
    local_date    date        NOT NULL,
    hits          bigint      NOT NULL,
    bytes         bigint      NOT NULL,
    status_2xx    bigint      NOT NULL,
    status_3xx    bigint      NOT NULL,
    status_4xx    bigint      NOT NULL,
    status_5xx    bigint      NOT NULL,
    status_other  bigint      NOT NULL,
    PRIMARY KEY (site, hour_start)
);
CREATE INDEX hourly_totals_by_day ON hourly_totals (site, local_date);

-- Hits per URL path (query removed) per site-local day.
CREATE TABLE daily_url_hits (
    site        text   NOT NULL,
    local_date  date   NOT NULL,
    url         text   NOT NULL,
    hits        bigint NOT NULL,
    PRIMARY KEY (site, local_date, url)
);

-- Hits per client domain (registrable domain from reverse DNS, or the client
-- address when it has none) per site-local day.
CREATE TABLE daily_client_domain_hits (
    site        text   NOT NULL,
    local_date  date   NOT NULL,
    domain      text   NOT NULL,
    hits        bigint NOT NULL,
    PRIMARY KEY (site, local_date, domain)
);

-- Lines that were not counted, per site and reason, with the latest sample
-- line for operators.
CREATE TABLE rejections (
    site       text        NOT NULL,
    reason     text        NOT NULL,
    lines      bigint      NOT NULL,
    sample     text        NOT NULL,
    last_seen  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, reason)
);
