#!/usr/bin/env bash
# Report CPU per request, uncached (issue #12): starts a report-service jar on the bench database (report-bench.sh
# fills it; HITSTREAM_BENCH_REPORT_DB) with kept answers off (HITSTREAM_REPORT_CACHE_MEGABYTES=0), warms the JVM on
# site2 (W rounds of 30 requests, each a range of its own: after 3, C2 was still compiling the rendering), then per
# path on site1 sends N requests one after the other, under a JFR recording, and prints per request the CPU (user +
# system, from /proc) of the JVM's threads that serve requests (all but the JIT compilers, the collector and JFR's),
# of the JIT compilers and of the collector, then the mean wall time and the answer's size. On 2 loaded cores the
# compilers were still busy after the warm-up and took more CPU than the requests: hence the split. Read the recording
# (.run/report-cpu/<label>.jfr) with bench/jfr-hot.py. Run two jars one after the other to compare them side by side.
# Usage: bench/report-cpu.sh <quarkus-app dir> <port> <label> [requests per path N, default 40] [W, default 8]
set -euo pipefail
APP="$1" LABEL="$3" N="${4:-40}" WARM="${5:-8}"
OUT=".run/report-cpu"
mkdir -p "$OUT"
source "$(dirname "$0")/report-jar.sh"
start_report "$APP" "$2" "$OUT/$LABEL.log" HITSTREAM_REPORT_CACHE_MEGABYTES=0
# Ticks of the JVM's live threads by kind: request serving, jit, gc (JFR's own threads left out).
ticks() {
  cat /proc/"$REPORT"/task/*/stat 2>/dev/null | awk '{
    name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
    split(substr($0, index($0, ") ") + 2), f, " "); t = f[12] + f[13]
    if (name ~ /Compiler/) jit += t; else if (name ~ /^(GC |G1 |VM Thread)/) gc += t; else if (name !~ /^JFR/) app += t
  } END {print app + 0, jit + 0, gc + 0}'
}
warm_up "$WARM"
jcmd "$REPORT" JFR.start name=cpu settings=profile >/dev/null
HZ=$(getconf CLK_TCK)
for path in "${SITE1_PATHS[@]}"; do
  read -r app jit gc < <(ticks)
  answers=$(for _ in $(seq 1 "$N"); do get "$path"; done)
  read -r app2 jit2 gc2 < <(ticks)
  awk -v label="$LABEL" -v path="$path" -v n="$N" -v hz="$HZ" -v app=$((app2 - app)) -v jit=$((jit2 - jit)) \
    -v gc=$((gc2 - gc)) '{wall += $1; size = $2} END {ms = 1000 / hz / n
      printf "| %s | `%s` | %.1f | %.1f | %.1f | %.1f | %.0f |\n", label, path, app * ms, jit * ms, gc * ms, wall * 1000 / n, size / 1024}' <<<"$answers"
done
jcmd "$REPORT" JFR.dump name=cpu filename="$PWD/$OUT/$LABEL.jfr" >/dev/null
