-- How many distinct keys each day-grain dimension of a site has counted on a
-- local day, so that stats bounds them across batches and replicas: a commit
-- locks its days' rows, admits new keys while keys < the bound, and counts the
-- rest under '(other)' and as OVERFLOW. '(other)' itself is not in keys.
CREATE TABLE daily_key_budgets (
    site        text    NOT NULL,
    dimension   text    NOT NULL,
    local_date  date    NOT NULL,
    keys        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (site, dimension, local_date)
);

-- The days counted before this table: their keys so far.
INSERT INTO daily_key_budgets (site, dimension, local_date, keys)
    SELECT site, dimension, local_date, count(*) FROM daily_counts
    WHERE dimension <> 'OVERFLOW' AND key <> '(other)'
    GROUP BY site, dimension, local_date;
