# Sourced by the benches that time one report-service jar on the bench database (report-bench.sh fills it).
# start_report <quarkus-app dir> <port> <log> [NAME=value …settings]: starts the jar (killed when the script exits)
# and waits until it is healthy; sets REPORT (its pid). get <path>: one request as admin, printing its seconds and
# size. warm_up <rounds>: 30 requests a round on site2, each a range of its own, so that every one reads the rollups.
# SITE1_PATHS: the measured paths, the 30-day page, the 30-day JSON summary and the one-year page of site1.
AUTH="Authorization: Basic $(printf 'admin:%s' bench-report-admin | base64)"
SITE1_PATHS=("/sites/site1.example.com?from=2026-11-01&to=2026-11-30"
  "/api/v1/sites/site1.example.com/summary?from=2026-11-01&to=2026-11-30"
  "/sites/site1.example.com?from=2025-12-01&to=2026-11-30")

start_report() {
  local app="$1" log="$3"
  PORT="$2"
  shift 3
  env "$@" HITSTREAM_DB_NAME="${HITSTREAM_BENCH_REPORT_DB:-hitstream_bench_report}" HITSTREAM_REPORT_PORT="$PORT" \
    HITSTREAM_REPORT_ADMIN_PASSWORD=bench-report-admin \
    java ${HITSTREAM_JAVA_OPTS:--Xmx256m} -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
  REPORT=$!
  trap 'kill $REPORT 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health" && break; sleep 1; done
}

get() { curl -s -o /dev/null -w '%{time_total} %{size_download}\n' -H "$AUTH" "http://127.0.0.1:$PORT$1"; }

warm_up() {
  local day path
  for _ in $(seq 1 "$1"); do
    for day in $(seq 10 19); do
      for path in "/sites/site2.example.com?from=2026-10-01&to=2026-10-$day" \
          "/api/v1/sites/site2.example.com/summary?from=2026-10-01&to=2026-10-$day" \
          "/sites/site2.example.com?from=2025-11-01&to=2026-10-$day"; do
        get "$path" >/dev/null
      done
    done
  done
}
