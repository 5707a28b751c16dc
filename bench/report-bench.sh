#!/usr/bin/env bash
# Report speed (issue #12): fills a dedicated database with rollups sized for 1 million hits a day per site, starts
# the packaged report-service on it and measures the 30-day site page (HTML), the 30-day JSON summary and a one-year
# page under 16 wrk connections, warm (the ended months folded into the monthly grain by stats); then EXPLAIN (ANALYZE, BUFFERS) of the slowest panel query.
# Usage: bench/report-bench.sh [--sites N] [--days N] [--no-generate] [--no-record]   (via ./hitstream bench report)
set -euo pipefail
cd "$(dirname "$0")/.."
SITES=10 DAYS=400 GENERATE=1 RECORD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sites) SITES="$2"; shift 2 ;;
    --days) DAYS="$2"; shift 2 ;;
    --no-generate) GENERATE=0; shift ;;
    --no-record) RECORD=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
# The database the bench fills and report reads; its own, dropped and created again by a generating run.
DB="${HITSTREAM_BENCH_REPORT_DB:-hitstream_bench_report}"
PORT="${HITSTREAM_BENCH_REPORT_PORT:-8090}"
# A fixed last day keeps every run's rows identical (the generator is deterministic: no random(), ranks only).
LAST_DAY=2026-11-30
PASSWORD=bench-report-admin
RUN_DIR=.run/report-bench
mkdir -p "$RUN_DIR"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "${HITSTREAM_DB_HOST:-127.0.0.1}" -p "${HITSTREAM_DB_PORT:-5432}" -U "${HITSTREAM_DB_USER:-postgres}")

# Distinct keys per site-local day of each day-grain dimension: a few thousand URLs, client domains and referrers,
# tens of browsers and countries, a handful of methods and hosts.
KEYS="('URL',3000),('CLIENT_DOMAIN',2000),('CLIENT_TLD',120),('COUNTRY',150),('REFERRER_URL',2000),
('REFERRER_DOMAIN',500),('SEARCH_ENGINE',12),('BROWSER',60),('OS',25),('DEVICE',5),('CRAWLER',80),('STATUS',25),
('METHOD',7),('SIZE_BIN',14),('WEB_HOST',3),('NOT_FOUND_URL',600),('NOT_FOUND_FROM',300),('REDIRECT_URL',200)"

migrate() {
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  # The rollup-schema migrations in Flyway's version order, as stats applies them.
  local f
  for f in rollup-schema/src/main/resources/db/rollups/V*.sql; do
    echo "$(basename "$f" | sed 's/^V//; s/__.*//; s/_/./g') $f"
  done | sort -V | while read -r _ f; do "${PSQL[@]}" -d "$DB" -f "$f"; done
}

# Rows straight from generate_series in the server (no client round trips): Zipf hits (rank r gets 1/r of the
# day's share), a weekly swing, and day-dependent key names so the top lists drift over the year.
generate() {
  "${PSQL[@]}" -d "$DB" <<SQL
SET timezone = 'UTC';
INSERT INTO site (site, time_zone, first_seen)
SELECT 'site' || s || '.example.com', 'UTC', date '$LAST_DAY' - $DAYS FROM generate_series(1, $SITES) s;

INSERT INTO hourly_totals (site, hour_start, local_date, hits, pages, bytes, crawler_hits,
                           status_2xx, status_3xx, status_4xx, status_5xx, status_other)
SELECT s.site, h, h::date, t.hits, t.hits * 3 / 10, t.hits * 24000, t.hits / 12,
       t.hits * 85 / 100, t.hits / 10, t.hits * 4 / 100, t.hits / 100, 0
FROM site s,
     generate_series(timestamp '$LAST_DAY' - interval '$((DAYS - 1)) days', timestamp '$LAST_DAY' + interval '23 hours',
                     interval '1 hour') h,
     LATERAL (SELECT (1000000 / 24 * (1 + 0.6 * sin((extract(hour FROM h) - 9) * pi() / 12))
                      * (1 - 0.2 * (extract(isodow FROM h) > 5)::int))::bigint AS hits) t;

CREATE TEMP TABLE zipf AS
SELECT d.dimension, r AS rank, sum(1.0 / r) OVER (PARTITION BY d.dimension) AS harmonic
FROM (VALUES $KEYS) d(dimension, keys), generate_series(1, d.keys) r;

INSERT INTO daily_counts (site, dimension, local_date, key, hits, bytes, status_2xx, status_3xx, status_4xx, status_5xx)
SELECT s.site, z.dimension, date '$LAST_DAY' - n,
       lower(z.dimension) || '-' || ((z.rank + n / 7 * (z.rank % 3)) % 100000),
       greatest(1, round(1000000 / z.rank / z.harmonic))::bigint AS hits,
       greatest(1, round(1000000 / z.rank / z.harmonic))::bigint * 24000,
       greatest(1, round(850000 / z.rank / z.harmonic))::bigint, 0, 0, 0
FROM site s, generate_series(0, $((DAYS - 1))) n, zipf z
ON CONFLICT DO NOTHING;
-- The months are marked as stats' commits mark the months of the daily rows they write.
INSERT INTO dirty_months (site, month_start)
SELECT DISTINCT site, date_trunc('month', local_date)::date FROM daily_counts ON CONFLICT DO NOTHING;
ANALYZE;
SQL
}

# The packaged stats-service's fold job (every second, every dirty month at once) folds the ended months into the
# monthly grain; stats is stopped once none is left. Flyway is off: the schema was migrated above with psql.
fold() {
  HITSTREAM_DB_NAME="$DB" HITSTREAM_STATS_PORT="${HITSTREAM_BENCH_STATS_PORT:-8091}" QUARKUS_FLYWAY_MIGRATE_AT_START=false \
    HITSTREAM_STATS_MONTHLY_FOLD_INTERVAL=1s HITSTREAM_STATS_MONTHLY_FOLD_BATCH_MONTHS=1000 \
    java ${HITSTREAM_JAVA_OPTS:--Xmx256m} -jar stats-service/target/quarkus-app/quarkus-run.jar >"$RUN_DIR/stats.log" 2>&1 &
  local stats=$! left
  for _ in $(seq 1 600); do
    left=$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM dirty_months
      WHERE month_start < date_trunc('month', current_date - 1)" 2>/dev/null || echo unknown)
    [ "$left" = 0 ] && break
    sleep 1
  done
  kill "$stats"; wait "$stats" || true
  [ "$left" = 0 ] || { echo "months left unfolded: $left" >&2; tail -n 30 "$RUN_DIR/stats.log" >&2; exit 1; }
  "${PSQL[@]}" -d "$DB" -c "ANALYZE monthly_counts"
}

start_report() {
  HITSTREAM_DB_NAME="$DB" HITSTREAM_REPORT_PORT="$PORT" HITSTREAM_REPORT_ADMIN_PASSWORD="$PASSWORD" \
    java ${HITSTREAM_JAVA_OPTS:--Xmx256m} -jar report-service/target/quarkus-app/quarkus-run.jar >"$RUN_DIR/report.log" 2>&1 &
  REPORT=$!
  trap 'kill $REPORT 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health" 2>/dev/null && return; sleep 1; done
  curl -s -o /dev/null "http://127.0.0.1:$PORT/login" || { tail -n 30 "$RUN_DIR/report.log" >&2; exit 1; }
}

AUTH="Authorization: Basic $(printf 'admin:%s' "$PASSWORD" | base64)"
FIRST30=$(date -d "$LAST_DAY - 29 days" +%F)
FIRST365=$(date -d "$LAST_DAY - 364 days" +%F)

# The first request of one path (nothing kept for it yet: what a cold read costs), then p50 and p99 under 16
# connections after a warm-up run of the same path (its answer kept, unless HITSTREAM_REPORT_CACHE_MEGABYTES=0).
measure() {
  local name="$1" path="$2" seconds="$3" url="http://127.0.0.1:$PORT$2"
  local code first; read -r code first < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "$AUTH" "$url")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  wrk -t 2 -c 16 -d 10s --timeout 30s -H "$AUTH" "$url" >/dev/null
  wrk -t 2 -c 16 -d "${seconds}s" --timeout 30s --latency -H "$AUTH" "$url" >"$RUN_DIR/$name.wrk"
  local p50 p99 rps
  p50=$(awk '$1=="50%"{print $2}' "$RUN_DIR/$name.wrk"); p99=$(awk '$1=="99%"{print $2}' "$RUN_DIR/$name.wrk")
  rps=$(awk '/Requests\/sec/{print $2}' "$RUN_DIR/$name.wrk")
  printf '| %s | `%s` | %ss | %s | %s | %s |\n' "$name" "$path" "$first" "$p50" "$p99" "$rps"
}

# The slowest query of a site page: the top URLs over the range (the largest dimension), as RollupReader sends it:
# the range's folded clean months from monthly_counts, its other days from daily_counts; without JIT, as report's
# connections.
explain() {
  "${PSQL[@]}" -d "$DB" -c "SET jit = off" -c "EXPLAIN (ANALYZE, BUFFERS)
    SELECT key, key2, sum(hits)::bigint AS hits, sum(bytes)::bigint AS bytes FROM (
      WITH clean_months AS (
        SELECT f.month_start FROM folded_months f
        WHERE f.site = 'site1.example.com' AND f.month_start >= date '$1'
          AND CAST(f.month_start + interval '1 month' AS date) <= date '$LAST_DAY' + 1
          AND NOT EXISTS (SELECT 1 FROM dirty_months d WHERE d.site = f.site AND d.month_start = f.month_start)
      ), other_days AS (
        SELECT CAST(day AS date) AS local_date FROM generate_series(date '$1', date '$LAST_DAY', interval '1 day') day
        WHERE NOT EXISTS (SELECT 1 FROM clean_months c WHERE c.month_start = CAST(date_trunc('month', day) AS date))
      )
      SELECT key, key2, hits, bytes FROM monthly_counts m JOIN clean_months USING (month_start)
      WHERE m.site = 'site1.example.com' AND m.dimension = 'URL'
      UNION ALL
      SELECT d.* FROM other_days o CROSS JOIN LATERAL (SELECT key, key2, hits, bytes FROM daily_counts
        WHERE site = 'site1.example.com' AND dimension = 'URL' AND local_date = o.local_date OFFSET 0) d) c
    GROUP BY key, key2 ORDER BY hits DESC, key COLLATE \"C\", key2 COLLATE \"C\" LIMIT 10"
}

command -v wrk >/dev/null || { echo "installing wrk" >&2; apt-get install -y wrk >/dev/null; }
[ -f report-service/target/quarkus-app/quarkus-run.jar ] && [ -f stats-service/target/quarkus-app/quarkus-run.jar ] \
  || mvn -B -q -pl report-service,stats-service -am package -DskipTests
if [ "$GENERATE" = 1 ]; then
  START=$SECONDS; migrate; generate
  echo "generated $SITES sites x $DAYS days in $((SECONDS - START)) s" >&2
  START=$SECONDS; fold
  echo "folded $("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM folded_months") months in $((SECONDS - START)) s" >&2
fi
SIZE=$("${PSQL[@]}" -d "$DB" -tAc "SELECT pg_size_pretty(pg_database_size('$DB'))")
ROWS=$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM daily_counts")
start_report
RESULT="$RUN_DIR/result.md"
{
  echo "### $(date -u '+%F %H:%M UTC'): report speed, $SITES sites × $DAYS days (issue #12)"
  echo
  echo "\`./hitstream bench report --sites $SITES --days $DAYS\`: database $DB $SIZE, $ROWS daily_counts rows"
  echo "(1 M hits/day/site), $("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM monthly_counts") monthly_counts rows of"
  echo "$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM folded_months") folded months, report-service packaged jar, wrk -t 2 -c 16, 10 s warm-up then 20 s measured."
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores shared with other work."
  echo
  echo "Kept answers: HITSTREAM_REPORT_CACHE_MEGABYTES=${HITSTREAM_REPORT_CACHE_MEGABYTES:-64 (default)}."
  echo
  echo "| request | path | first request | p50 | p99 | req/s |"
  echo "|---|---|---|---|---|---|"
  measure "site page 30 days (HTML)" "/sites/site1.example.com?from=$FIRST30&to=$LAST_DAY" 20
  measure "summary 30 days (JSON)" "/api/v1/sites/site1.example.com/summary?from=$FIRST30&to=$LAST_DAY" 20
  measure "site page one year (HTML)" "/sites/site1.example.com?from=$FIRST365&to=$LAST_DAY" 20
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "Slowest panel query (top URLs, one year):"
  echo
  echo '```'
  explain "$FIRST365"
  echo '```'
  echo
} >"$RESULT"
cat "$RESULT"
[ "$RECORD" = 1 ] && cat "$RESULT" >>bench/RESULTS.md
exit 0
