-- Alerts evaluated by stats over the per-minute section rows (minute_counts).

-- Where each rule of each site stands between evaluations: open or not, and how many
-- consecutive evaluated minutes it has not held (the hysteresis that recovers it).
CREATE TABLE alert_rule_state (
    site               text        NOT NULL,
    rule               text        NOT NULL,
    open_raised_at     timestamptz,
    clear_evaluations  integer     NOT NULL,
    last_window_end    timestamptz NOT NULL,
    PRIMARY KEY (site, rule)
);

-- One row per alert: raised once, recovered once. raised_at and recovered_at are the ends of the
-- evaluated windows in the data's minutes; the key makes a raise stored once however many
-- evaluators saw it.
CREATE TABLE alerts (
    site            text             NOT NULL,
    rule            text             NOT NULL,
    raised_at       timestamptz      NOT NULL,
    state           text             NOT NULL CHECK (state IN ('RAISED', 'RECOVERED')),
    value           double precision NOT NULL,
    threshold       double precision NOT NULL,
    window_minutes  integer          NOT NULL,
    recovered_at    timestamptz,
    recovery_value  double precision,
    PRIMARY KEY (site, rule, raised_at)
);

-- Webhook calls still to make, one per transition (the key keeps it once); a separate job sends
-- them so that a down webhook never holds up evaluation or commits.
CREATE TABLE alert_webhooks (
    site             text        NOT NULL,
    rule             text        NOT NULL,
    raised_at        timestamptz NOT NULL,
    transition       text        NOT NULL CHECK (transition IN ('RAISED', 'RECOVERED')),
    url              text        NOT NULL,
    payload          text        NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz,
    last_error       text,
    PRIMARY KEY (site, rule, raised_at, transition)
);
CREATE INDEX alert_webhooks_due ON alert_webhooks (next_attempt_at) WHERE sent_at IS NULL;
