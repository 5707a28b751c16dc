-- Test only. This server's databases default to code point order, where "/Zebra" sorts before "/a" anyway; a
-- linguistic collation on the ranked columns proves the report's order does not lean on the server's locale.
-- A migration, not a fixture step, so that it runs before the report prepares (and caches) any statement.
ALTER TABLE site ALTER COLUMN site TYPE text COLLATE "und-x-icu";
ALTER TABLE daily_counts ALTER COLUMN key TYPE text COLLATE "und-x-icu";
ALTER TABLE rejections ALTER COLUMN reason TYPE text COLLATE "und-x-icu";
