-- Rejected and repaired lines are counted per site-local day from now on, as
-- counted keys of REJECTION_REASON and REPAIR_REASON (key: the reason) on the
-- day of the log around them, so that a report gives them for any range. The
-- counters kept so far have no day: each lands on the site-local day its
-- reason was last seen, so that every range still adds up to what was counted.
INSERT INTO daily_counts (site, dimension, local_date, key, hits)
SELECT r.site, 'REJECTION_REASON', (r.last_seen AT TIME ZONE coalesce(s.time_zone, 'UTC'))::date, r.reason, r.lines
FROM rejections r LEFT JOIN site s ON s.site = r.site
WHERE r.lines > 0;

INSERT INTO daily_counts (site, dimension, local_date, key, hits)
SELECT r.site, 'REPAIR_REASON', (r.last_seen AT TIME ZONE coalesce(s.time_zone, 'UTC'))::date, r.reason, r.lines
FROM line_repairs r LEFT JOIN site s ON s.site = r.site
WHERE r.lines > 0;
