-- A number per site that moves whenever what a report reads of the site changes: every stats commit that adds to the
-- site's rollups, and every retention batch that deletes its hourly or daily rows, increments it in the same
-- transaction. Report keeps answers in memory for the version it read before reading them, so an answer is served
-- again only while the version is unchanged: never a number a commit has changed since. The monthly fold does not
-- move it: it changes which table a range is read from, not the sums. Minute rows (the live page, not kept) neither.
-- A site without a row has version 0.
CREATE TABLE site_data_versions (
    site     text   PRIMARY KEY,
    version  bigint NOT NULL
);

INSERT INTO site_data_versions (site, version) SELECT site, 1 FROM site;
