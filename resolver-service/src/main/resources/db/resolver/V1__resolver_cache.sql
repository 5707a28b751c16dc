-- The resolver's persistent cache (owned by resolver-service, history table resolver_schema_history).
-- One row per address that DNS answered; timeouts are never stored.
CREATE TABLE resolver_cache (
    ip         inet        PRIMARY KEY,
    -- NULL: DNS answered that the address has no name (NXDOMAIN or no PTR record).
    host_name  text        CHECK (length(host_name) <= 253),
    expires_at timestamptz NOT NULL
);

-- Warm start loads the freshest rows first; the purge deletes the expired ones.
CREATE INDEX resolver_cache_expires_at ON resolver_cache (expires_at);
