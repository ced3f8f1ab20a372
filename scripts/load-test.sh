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

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v wrk >/dev/null; then
    echo "== installing wrk"
    # The package lists are refreshed only when the first try fails: a fresh image may have none.
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null 2>&1 || {
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
    }
fi

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

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=
for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if port_is_free "$candidate"; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port found" >&2; exit 1; }
base="http://127.0.0.1:$port"

# http_get <path>: the status line of a GET, with bash alone (curl may be absent on a fresh machine).
http_get() {
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$1" >&3
    local status
    IFS= read -r status <&3 || true
    exec 3<&-
    printf '%s' "$status"
}

echo "== starting the app on $base (database and logs in $work)"
# Started from its publish folder, which is its content root (appsettings.json, wwwroot), as deployed.
policies=$PWD/policies
cd "$work/app"
# wrk is one client on one address: the per-client check limit (20/s, burst 60) would answer it 429.
# The limiter stays in the pipeline and is paid for on every request; only its quota is lifted.
ASPNETCORE_ENVIRONMENT=Production \
RateLimits__Checks__Burst=100000000 \
RateLimits__Checks__PerSecond=100000000 \
ConnectionStrings__MedInsure="Data Source=$work/medinsure.db" \
Policies__Directory="$policies" \
Serilog__WriteTo__1__Args__path="$work/logs/medinsure-.log" \
    dotnet MedInsure.Web.dll --urls "$base" >"$work/app.out" 2>&1 &
app_pid=$!
cd - >/dev/null

for _ in $(seq 1 120); do
    if [[ "$(http_get /healthz 2>/dev/null)" == *" 200 "* ]]; then break; fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited:" >&2; cat "$work/app.out" >&2; exit 1; }
    sleep 0.5
done
[[ "$(http_get /healthz 2>/dev/null)" == *" 200 "* ]] || { echo "/healthz never answered 200" >&2; exit 1; }

# One check through wrk itself, so a wrong script or route fails here rather than as a fast error rate.
cat >"$work/once.lua" <<'LUA'
local n = 0
request = function() n = n + 1; return wrk.format() end
response = function(status, headers, body)
    if status ~= 200 or not body:find('"amount":445.00', 1, true) then
        io.stderr:write("unexpected check response " .. status .. ": " .. body:sub(1, 300) .. "\n")
        os.exit(1)
    end
end
LUA
cat scripts/load-check.lua "$work/once.lua" >"$work/check-once.lua"
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
