#!/usr/bin/env bash
# One client against a report-service jar on the bench database (bench/report-bench.sh fills it): starts the jar,
# warms the JVM on site2 (each warm-up request a range of its own, so that every one reads the rollups), then per
# path on site1 times the first request (nothing kept for it: a cold read) and five more (kept, unless
# HITSTREAM_REPORT_CACHE_MEGABYTES=0 is among the settings); prints a Markdown row per path. Compares jars side by side.
# Usage: bench/report-single-client.sh <quarkus-app dir> <port> <label> [NAME=value …settings for the jar]
set -euo pipefail
APP="$1" PORT="$2" LABEL="$3"; shift 3
env "$@" HITSTREAM_DB_NAME=hitstream_bench_report HITSTREAM_REPORT_PORT="$PORT" \
  HITSTREAM_REPORT_ADMIN_PASSWORD=bench-report-admin \
  java ${HITSTREAM_JAVA_OPTS:--Xmx256m} -jar "$APP/quarkus-run.jar" >"/tmp/report-single-client-$PORT.log" 2>&1 &
REPORT=$!
trap 'kill $REPORT 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health" && break; sleep 1; done
AUTH="Authorization: Basic $(printf 'admin:%s' bench-report-admin | base64)"
seconds() { curl -s -o /dev/null -w '%{time_total}' -H "$AUTH" "http://127.0.0.1:$PORT$1"; }
for day in $(seq 10 19); do
  for path in "/sites/site2.example.com?from=2026-10-01&to=2026-10-$day" \
      "/api/v1/sites/site2.example.com/summary?from=2026-10-01&to=2026-10-$day" \
      "/sites/site2.example.com?from=2025-11-01&to=2026-10-$day"; do
    seconds "$path" >/dev/null
  done
done
for path in "/sites/site1.example.com?from=2026-11-01&to=2026-11-30" \
    "/api/v1/sites/site1.example.com/summary?from=2026-11-01&to=2026-11-30" \
    "/sites/site1.example.com?from=2025-12-01&to=2026-11-30"; do
  first=$(seconds "$path"); more=""
  for _ in 1 2 3 4 5; do more="$more $(seconds "$path")"; done
  echo "| $LABEL | \`$path\` | $first |$more |"
done
