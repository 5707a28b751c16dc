#!/usr/bin/env bash
# Report CPU per request, uncached (issue #12): starts a report-service jar on the bench database (report-bench.sh
# fills it; HITSTREAM_BENCH_REPORT_DB) with kept answers off (HITSTREAM_REPORT_CACHE_MEGABYTES=0), warms the JVM on
# site2 (W rounds of 30 requests, each a range of its own: after 3, C2 was still compiling the rendering), then per
# path on site1 sends N requests one after the other, under a JFR recording, and prints the JVM's CPU (user + system,
# from /proc, JIT and collector included) per request, the mean wall time and the answer's size. Read the recording
# (.run/report-cpu/<label>.jfr) with bench/jfr-hot.py. Run two jars one after the other to compare them side by side.
# Usage: bench/report-cpu.sh <quarkus-app dir> <port> <label> [requests per path N, default 40] [W, default 8]
set -euo pipefail
APP="$1" LABEL="$3" N="${4:-40}" WARM="${5:-8}"
OUT=".run/report-cpu"
mkdir -p "$OUT"
source "$(dirname "$0")/report-jar.sh"
start_report "$APP" "$2" "$OUT/$LABEL.log" HITSTREAM_REPORT_CACHE_MEGABYTES=0
ticks() { awk '{print $14 + $15}' "/proc/$REPORT/stat"; }
warm_up "$WARM"
jcmd "$REPORT" JFR.start name=cpu settings=profile >/dev/null
HZ=$(getconf CLK_TCK)
for path in "${SITE1_PATHS[@]}"; do
  before=$(ticks)
  answers=$(for _ in $(seq 1 "$N"); do get "$path"; done)
  after=$(ticks)
  awk -v label="$LABEL" -v path="$path" -v n="$N" -v cpu=$((after - before)) -v hz="$HZ" \
    '{wall += $1; size = $2} END {printf "| %s | `%s` | %.1f | %.1f | %.0f |\n", label, path, cpu * 1000 / hz / n, wall * 1000 / n, size / 1024}' \
    <<<"$answers"
done
jcmd "$REPORT" JFR.dump name=cpu filename="$PWD/$OUT/$LABEL.jfr" >/dev/null
