-- Every unique key starts with the site, so that each table can be distributed by site (Citus) and every
-- row of a site lives on one shard. The sample tables were keyed by id alone; id stays their order.
ALTER TABLE rejection_samples DROP CONSTRAINT rejection_samples_pkey, ADD PRIMARY KEY (site, id);
ALTER TABLE repair_samples DROP CONSTRAINT repair_samples_pkey, ADD PRIMARY KEY (site, id);
