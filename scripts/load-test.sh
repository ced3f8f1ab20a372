#!/usr/bin/env bash
# Measures the check API against the health route on this machine: builds Release, starts the app on
# a free loopback port with its own temp SQLite file, runs wrk against GET /healthz and against
# POST /api/v1/checks (scripts/load-check.lua, the contract example) with the same threads,
# connections and duration, prints both rates and their ratio, and stops the app.
# The target is a check rate of at least 60% of the health rate; the script exits 1 when it misses.
#
#   scripts/load-test.sh                  # 15 s per route, 2 threads, 32 connections
#   DURATION=30s CONNECTIONS=64 scripts/load-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-5s}
TARGET_PERCENT=60

. scripts/lib.sh
command -v wrk >/dev/null || install_package wrk

work=$(mktemp -d)
app_pid=
cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "== building Release (dotnet publish into $work/app)"
dotnet publish src/MedInsure.Web -c Release -o "$work/app" -v q -nologo >/dev/null

port=$(free_port)
base="http://127.0.0.1:$port"

echo "== starting the app on $base (database and logs in $work)"
# Started from its publish folder, which is its content root (appsettings.json, wwwroot), as deployed.
policies=$PWD/policies
cd "$work/app"
# wrk is one client on one address: the per-client check limit (20/s, burst 60) would answer it 429.
# The limiter stays in the pipeline and is paid for on every request; only its quota is lifted.
ASPNETCORE_ENVIRONMENT=Production \
AllowedHosts="127.0.0.1;localhost" \
Security__IdNumberHashKey="load test key, not a secret" \
RateLimits__Checks__Burst=100000000 \
RateLimits__Checks__PerSecond=100000000 \
ConnectionStrings__MedInsure="Data Source=$work/medinsure.db" \
Policies__Directory="$policies" \
Serilog__WriteTo__1__Args__path="$work/logs/medinsure-.log" \
    dotnet MedInsure.Web.dll --urls "$base" >"$work/app.out" 2>&1 &
app_pid=$!
cd - >/dev/null

for _ in $(seq 1 120); do
    if [ "$(http_status "$port" /healthz)" = 200 ]; then break; fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited:" >&2; cat "$work/app.out" >&2; exit 1; }
    sleep 0.5
done
[ "$(http_status "$port" /healthz)" = 200 ] || { echo "/healthz never answered 200" >&2; exit 1; }

# One check through wrk itself, so a wrong script or route fails here rather than as a fast error rate.
write_check_once "$work/check-once.lua"
wrk -t1 -c1 -d1s -s "$work/check-once.lua" "$base" >/dev/null

# run_wrk <label> <duration> [wrk args...]: prints wrk's report, fails on any non-2xx answer.
run_wrk() {
    local label=$1 duration=$2; shift 2
    local out="$work/$label.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$@" >"$out"
    if grep -q 'Non-2xx or 3xx responses' "$out"; then
        cat "$out" >&2; echo "$label: some responses were not 2xx" >&2; exit 1
    fi
    cat "$out"
}
rate() { awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt"; }

echo "== warming up ($WARMUP each)"
run_wrk warm-health "$WARMUP" "$base/healthz" >/dev/null
run_wrk warm-check "$WARMUP" -s scripts/load-check.lua "$base" >/dev/null

echo "== GET /healthz: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
run_wrk health "$DURATION" "$base/healthz"
echo "== POST /api/v1/checks: wrk -t$THREADS -c$CONNECTIONS -d$DURATION -s scripts/load-check.lua"
run_wrk check "$DURATION" -s scripts/load-check.lua "$base"

health=$(rate health)
check=$(rate check)
percent=$(awk -v c="$check" -v h="$health" 'BEGIN { printf "%.1f", 100 * c / h }')
echo
echo "machine:        $(nproc) cores, $(uname -sr)"
echo "GET  /healthz        ${health} requests/sec"
echo "POST /api/v1/checks  ${check} requests/sec"
echo "ratio check/health   ${percent}% (target >= ${TARGET_PERCENT}%)"
if awk -v p="$percent" -v t="$TARGET_PERCENT" 'BEGIN { exit !(p >= t) }'; then
    echo "target met"
else
    echo "target missed" >&2
    exit 1
fi
