#!/usr/bin/env bash
# One client against a report-service jar on the bench database (bench/report-bench.sh fills it): starts the jar,
# warms the JVM on site2 (each warm-up request a range of its own, so that every one reads the rollups), then per
# path on site1 times the first request (nothing kept for it: a cold read) and five more (kept, unless
# HITSTREAM_REPORT_CACHE_MEGABYTES=0 is among the settings); prints a Markdown row per path. Compares jars side by side.
# The database is HITSTREAM_BENCH_REPORT_DB (default hitstream_bench_report), as for report-bench.sh.
# Usage: bench/report-single-client.sh <quarkus-app dir> <port> <label> [NAME=value …settings for the jar]
set -euo pipefail
APP="$1" LABEL="$3"
source "$(dirname "$0")/report-jar.sh"
start_report "$APP" "$2" "/tmp/report-single-client-$2.log" "${@:4}"
seconds() { get "$1" | cut -d' ' -f1; }
warm_up 1
for path in "${SITE1_PATHS[@]}"; do
  first=$(seconds "$path"); more=""
  for _ in 1 2 3 4 5; do more="$more $(seconds "$path")"; done
  echo "| $LABEL | \`$path\` | $first |$more |"
done
