#!/usr/bin/env bash
# Report speed (issue #12): fills a dedicated database with rollups sized for 1 million hits a day per site, starts
# the packaged report-service on it and measures the 30-day site page (HTML), the 30-day JSON summary and a one-year
# page under 16 wrk connections, warm; then EXPLAIN (ANALYZE, BUFFERS) of the slowest panel query.
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
DB=hitstream_bench_report
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
ANALYZE;
SQL
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

# p50 and p99 of one path under 16 connections after a warm-up run of the same path.
measure() {
  local name="$1" path="$2" seconds="$3" url="http://127.0.0.1:$PORT$2"
  local code; code=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$url")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  wrk -t 2 -c 16 -d 10s --timeout 30s -H "$AUTH" "$url" >/dev/null
  wrk -t 2 -c 16 -d "${seconds}s" --timeout 30s --latency -H "$AUTH" "$url" >"$RUN_DIR/$name.wrk"
  local p50 p99 rps
  p50=$(awk '$1=="50%"{print $2}' "$RUN_DIR/$name.wrk"); p99=$(awk '$1=="99%"{print $2}' "$RUN_DIR/$name.wrk")
  rps=$(awk '/Requests\/sec/{print $2}' "$RUN_DIR/$name.wrk")
  printf '| %s | `%s` | %s | %s | %s |\n' "$name" "$path" "$p50" "$p99" "$rps"
}

# The slowest query of a site page: the top URLs over the range (the largest dimension, summed day by day).
explain() {
  "${PSQL[@]}" -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS)
    SELECT key, key2, sum(hits)::bigint AS hits, sum(bytes)::bigint AS bytes FROM daily_counts
    WHERE site = 'site1.example.com' AND dimension = 'URL' AND local_date BETWEEN '$1' AND '$LAST_DAY'
    GROUP BY key, key2 ORDER BY hits DESC, key COLLATE \"C\", key2 COLLATE \"C\" LIMIT 10"
}

command -v wrk >/dev/null || { echo "installing wrk" >&2; apt-get install -y wrk >/dev/null; }
[ -f report-service/target/quarkus-app/quarkus-run.jar ] \
  || mvn -B -q -pl report-service -am package -DskipTests
if [ "$GENERATE" = 1 ]; then
  START=$SECONDS; migrate; generate
  echo "generated $SITES sites x $DAYS days in $((SECONDS - START)) s" >&2
fi
SIZE=$("${PSQL[@]}" -d "$DB" -tAc "SELECT pg_size_pretty(pg_database_size('$DB'))")
ROWS=$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM daily_counts")
start_report
RESULT="$RUN_DIR/result.md"
{
  echo "### $(date -u '+%F %H:%M UTC'): report speed, $SITES sites × $DAYS days (issue #12)"
  echo
  echo "\`./hitstream bench report --sites $SITES --days $DAYS\`: database $DB $SIZE, $ROWS daily_counts rows"
  echo "(1 M hits/day/site), report-service packaged jar, wrk -t 2 -c 16, 10 s warm-up then 20 s measured."
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores shared with other work."
  echo
  echo "| request | path | p50 | p99 | req/s |"
  echo "|---|---|---|---|---|"
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
