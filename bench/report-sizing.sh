#!/usr/bin/env bash
# Measures the packaged report-service of ./hitstream demo under 4 clients reading its pages and panels for 150 s:
# peak RSS and CPU seconds (what k8s/base/report.yaml is sized from; bench/RESULTS.md, "Kubernetes resource sizes").
set -u
cd "$(dirname "$0")/.."
mkdir -p .run && rm -f .run/report-sizing-requests.*
./hitstream demo > .run/report-sizing-demo.log 2>&1 &
DEMO=$!
for _ in $(seq 1 300); do grep -q "Report:" .run/report-sizing-demo.log && break; sleep 2; done
PASS=$(cat .run/report-admin-password)
PID=$(pgrep -f "report-service/target/quarkus-app/quarkus-run.jar" | head -1)
echo "report pid $PID"
ticks() { awk '{print $14+$15}' /proc/$PID/stat; }
T0=$(ticks); PEAK=0; N=0
END=$((SECONDS+150))
load() {
  local i=0
  while [ $SECONDS -lt $END ]; do
    for p in "/sites/www.example.com?range=last-7-days" "/api/v1/sites/www.example.com/panels/urls" \
             "/api/v1/sites/www.example.com/panels/dir-tree" "/api/v1/sites/shop.example.net/summary" "/" \
             "/api/v1/sites/www.example.com/panels/browsers?from=2020-01-01&to=2020-12-31"; do
      curl -s -o /dev/null -u "admin:$PASS" "http://127.0.0.1:8080$p"; i=$((i+1))
    done
  done
  echo $i > .run/report-sizing-requests.$1
}
for c in 1 2 3 4; do load $c & done
while [ $SECONDS -lt $END ]; do
  R=$(awk '/VmRSS/{print $2}' /proc/$PID/status); [ "$R" -gt "$PEAK" ] && PEAK=$R; sleep 2
done
wait $(jobs -p | grep -v "^$DEMO$") 2>/dev/null
T1=$(ticks); REQ=$(cat .run/report-sizing-requests.* | paste -sd+ | bc)
echo "requests=$REQ cpu_s=$(echo "scale=2; ($T1-$T0)/100" | bc) peak_rss_mib=$((PEAK/1024)) load=$(cut -d' ' -f1-3 /proc/loadavg)"
kill -TERM "$DEMO"; wait "$DEMO"
