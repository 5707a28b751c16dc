-- What report-service keeps of each site's finished weeks: the weekly report as a static HTML snapshot, and the
-- bad-links mails sent. A week is named by its site-local Monday. Several report replicas may run the weekly job:
-- the keys let one row per site and week in, whoever comes second changes nothing.

CREATE TABLE report_archive (
    site         text        NOT NULL,
    week_start   date        NOT NULL,
    hits         bigint      NOT NULL,
    html         text        NOT NULL,
    rendered_at  timestamptz NOT NULL,
    PRIMARY KEY (site, week_start)
);

-- A row is inserted in the transaction that sends the mail, and commits only once the SMTP server took it.
CREATE TABLE bad_links_mail (
    site         text        NOT NULL,
    week_start   date        NOT NULL,
    recipients   text        NOT NULL,
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (site, week_start)
);
