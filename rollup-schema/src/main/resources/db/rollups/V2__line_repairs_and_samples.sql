-- Lines that were counted but had to be repaired first (a field cut to the
-- field limit, an unmatched quote read past, invalid UTF-8 replaced), per site
-- and reason, with the latest sample line; incremented by additive upserts
-- like rejections.
CREATE TABLE line_repairs (
    site       text        NOT NULL,
    reason     text        NOT NULL,
    lines      bigint      NOT NULL,
    sample     text        NOT NULL,
    last_seen  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, reason)
);

-- The most recent sample lines per site and reason: the commit that adds
-- samples deletes all but the 5 newest (highest id) of its reasons, while it
-- holds the reason's counter row locked, so concurrent commits keep the bound.
CREATE TABLE rejection_samples (
    id       bigserial   PRIMARY KEY,
    site     text        NOT NULL,
    reason   text        NOT NULL,
    seen_at  timestamptz NOT NULL DEFAULT now(),
    sample   text        NOT NULL
);
CREATE INDEX rejection_samples_by_reason ON rejection_samples (site, reason, id);

-- The same for repaired lines.
CREATE TABLE repair_samples (
    id       bigserial   PRIMARY KEY,
    site     text        NOT NULL,
    reason   text        NOT NULL,
    seen_at  timestamptz NOT NULL DEFAULT now(),
    sample   text        NOT NULL
);
CREATE INDEX repair_samples_by_reason ON repair_samples (site, reason, id);
