#!/usr/bin/env bash
# Reliability drills on this machine, on loopback only, every step bounded in time:
#   1. load:    wrk on POST /api/v1/checks for LOAD_DURATION (60 s); any non-2xx answer or socket
#               error fails the drill.
#   2. kill -9: SAVE_CLIENTS citizens save cases through the real form (tests/MedInsure.Drills: GET
#               /check, POST, GET the result, POST its save form) while the app is killed with
#               SIGKILL after KILL_AFTER seconds and restarted on the same database; every code whose
#               save was acknowledged (a redirect to /case/{code}) must then be found. On SQLite, then
#               on PostgreSQL.
#   3. outage:  the app runs on PostgreSQL; PostgreSQL stops; the app is restarted and must answer
#               /healthz 503 meanwhile; PostgreSQL comes back after OUTAGE_SECONDS and the app must
#               recover with no manual step (healthz 200, a check, a saved case).
# Builds Release into a temp folder, uses its own PostgreSQL cluster (scripts/pg-cluster.sh), prints
# the figures and exits 1 when a drill fails. Takes about 5 minutes; not part of scripts/test.sh.
#
#   scripts/reliability.sh
#   LOAD_DURATION=30s SAVE_SECONDS=20 scripts/reliability.sh
set -euo pipefail
cd "$(dirname "$0")/.."

LOAD_DURATION=${LOAD_DURATION:-60s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
SAVE_CLIENTS=${SAVE_CLIENTS:-8}
SAVE_SECONDS=${SAVE_SECONDS:-30}
KILL_AFTER=${KILL_AFTER:-12}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-15}

. scripts/lib.sh
command -v wrk >/dev/null || install_package wrk
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || install_package postgresql

work=$(mktemp -d)
app_pid=
saver_pid=
pg_dir=
failed=0
cleanup() {
    for pid in $app_pid $saver_pid; do
        if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; wait "$pid" 2>/dev/null || true; fi
    done
    [ -z "$pg_dir" ] || scripts/pg-cluster.sh stop "$pg_dir"
    rm -rf "$work"
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "== building Release into $work"
dotnet publish src/MedInsure.Web -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build tests/MedInsure.Drills -c Release -o "$work/drills" -v q -nologo >/dev/null

port=$(free_port)
base="http://127.0.0.1:$port"
policies=$PWD/policies

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="${2:-$(now)}" 'BEGIN { printf "%.1f", b - a }'; }
report() { echo "$*" | tee -a "$work/summary"; }
fail() { report "FAILED: $*"; failed=1; }

status() { http_status "$port" "$1"; }

# wait_for <code> <seconds>: polls /healthz every 0.1 s until it answers <code>; fails after <seconds>.
wait_for() {
    local deadline=$(( $(date +%s) + $2 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        [ "$(status /healthz)" = "$1" ] && return 0
        sleep 0.1
    done
    return 1
}

# start_app <name> [VAR=value...]: the published app on $base, Production settings, the per-client
# check quota lifted (every drill client is one address), its output in $work/<name>.out.
start_app() {
    local name=$1; shift
    (
        cd "$work/app"
        exec env ASPNETCORE_ENVIRONMENT=Production \
            AllowedHosts="127.0.0.1;localhost" Security__IdNumberHashKey="reliability drill key, not a secret" \
            RateLimits__Checks__Burst=100000000 RateLimits__Checks__PerSecond=100000000 \
            Policies__Directory="$policies" DataProtection__KeysDirectory="$work/keys" \
            Serilog__WriteTo__1__Args__path="$work/logs/$name-.log" "$@" \
            dotnet MedInsure.Web.dll --urls "$base"
    ) >>"$work/$name.out" 2>&1 &
    app_pid=$!
}

stop_app() {
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
}

# check_once: one check through wrk, which must answer the contract example's 445.00.
write_check_once "$work/check-once.lua"
check_once() { wrk -t1 -c1 -d1s -s "$work/check-once.lua" "$base" >/dev/null; }

drills() { dotnet "$work/drills/MedInsure.Drills.dll" "$@"; }

echo "== PostgreSQL for the drills"
pg=$(scripts/pg-cluster.sh start)
pg_dir=$(head -n 1 <<<"$pg")
pg_admin=$(tail -n 1 <<<"$pg")
pg_port=$(cat "$pg_dir/port")
pg_database() { # pg_database NAME: creates it, prints its connection string
    psql -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE $1" >/dev/null
    echo "${pg_admin/Database=postgres/Database=$1}"
}

report "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr), .NET $(dotnet --version), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2), PostgreSQL $(psql -V | awk '{print $3}')"

# ---------------------------------------------------------------- 1. sustained load
echo "== 1. load: wrk -t$THREADS -c$CONNECTIONS -d$LOAD_DURATION --latency -s scripts/load-check.lua (SQLite)"
start_app load ConnectionStrings__MedInsure="Data Source=$work/load.db"
wait_for 200 60 || { cat "$work/load.out" >&2; echo "the app never became healthy" >&2; exit 1; }
check_once
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s scripts/load-check.lua "$base" >/dev/null # warm-up
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$LOAD_DURATION" --latency -s scripts/load-check.lua "$base" | tee "$work/load.txt"
stop_app
requests=$(awk '/requests in/ {print $1}' "$work/load.txt")
rate=$(awk '/^Requests\/sec:/ {print $2}' "$work/load.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/load.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/load.txt")
max=$(awk '$1 == "Latency" {print $4; exit}' "$work/load.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$work/load.txt")
socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/load.txt")
report "load: $requests requests in $LOAD_DURATION, $rate req/s, latency p50 $p50 p99 $p99 max $max, non-2xx ${non2xx:-0}, socket errors ${socket:-0}"
[ "${non2xx:-0}" -eq 0 ] && [ "${socket:-0}" -eq 0 ] || fail "load: errors under load"

# ---------------------------------------------------------------- 2. kill -9 while saving cases
# kill_drill <label> [VAR=value...]: the app with these settings, killed mid-run and restarted.
kill_drill() {
    local label=$1; shift
    local codes="$work/codes-$label.txt"
    echo "== 2. kill -9 while $SAVE_CLIENTS clients save cases ($label)"
    start_app "kill-$label" "$@"
    wait_for 200 60 || { cat "$work/kill-$label.out" >&2; echo "the app never became healthy" >&2; exit 1; }
    drills save --url "$base" --clients "$SAVE_CLIENTS" --seconds "$SAVE_SECONDS" --codes "$codes" >"$work/save-$label.out" &
    saver_pid=$!
    sleep "$KILL_AFTER"
    local before; before=$(wc -l <"$codes")
    local killed; killed=$(now)
    kill -9 "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    start_app "kill-$label" "$@"
    wait_for 200 60 || { fail "$label: no restart within 60 s"; return; }
    local back; back=$(since "$killed")
    wait "$saver_pid" || true
    saver_pid=
    local verify
    verify=$(drills verify --url "$base" --codes "$codes") || fail "$label: acknowledged cases missing after the kill"
    stop_app
    report "kill-9 $label: acknowledged before the kill $before; healthy again ${back} s after the kill; clients: $(cat "$work/save-$label.out"); after the restart: $(tail -n 1 <<<"$verify")"
}
kill_drill sqlite ConnectionStrings__MedInsure="Data Source=$work/kill.db"
kill_drill postgres Database__Provider=Postgres ConnectionStrings__MedInsure="$(pg_database medinsure_kill)"

# ---------------------------------------------------------------- 3. restart while PostgreSQL is down
echo "== 3. restart while PostgreSQL is down for ${OUTAGE_SECONDS} s"
outage_db=$(pg_database medinsure_outage)
outage_env=(Database__Provider=Postgres ConnectionStrings__MedInsure="$outage_db")
start_app outage "${outage_env[@]}"
wait_for 200 60 || { cat "$work/outage.out" >&2; echo "the app never became healthy" >&2; exit 1; }
pg_down=$(now)
scripts/pg-cluster.sh halt "$pg_dir"
wait_for 503 30 && running_503=$(since "$pg_down") || { running_503=never; fail "outage: the running app never reported 503"; }
stop_app
restarted=$(now)
start_app outage "${outage_env[@]}"
wait_for 503 15 && restart_503=$(since "$restarted") || { restart_503=never; fail "outage: the restarted app did not answer 503 within 15 s"; }
# Keep PostgreSQL down for the rest of the outage; /healthz must never say 200 meanwhile.
answers=()
while awk -v t="$(since "$pg_down")" -v o="$OUTAGE_SECONDS" 'BEGIN { exit !(t < o) }'; do
    answers+=("$(status /healthz)")
    sleep 0.2
done
during=$(printf '%s\n' "${answers[@]}" | sort | uniq -c | awk '{printf "%s%s x%s", (NR > 1 ? ", " : ""), ($2 == "" ? "none" : $2), $1}')
printf '%s\n' "${answers[@]}" | grep -qx 200 && fail "outage: /healthz answered 200 while PostgreSQL was down"
pg_up=$(now)
scripts/pg-cluster.sh resume "$pg_dir"
pg_started=$(since "$pg_up")
wait_for 200 90 && recovered=$(since "$pg_up") || { recovered=never; fail "outage: no recovery within 90 s of PostgreSQL's return"; }
check_once || fail "outage: the check failed after recovery"
drills save --url "$base" --clients 2 --seconds 3 --codes "$work/codes-outage.txt" >"$work/save-outage.out" || true
drills verify --url "$base" --codes "$work/codes-outage.txt" >"$work/verify-outage.out" || fail "outage: saving after recovery failed"
stop_app
report "outage: running app 503 after ${running_503} s; restarted app answered 503 after ${restart_503} s; /healthz while down: ${during}; PostgreSQL down $(since "$pg_down" "$pg_up") s (restart took ${pg_started} s); healthy ${recovered} s after PostgreSQL was back; then a check answered 445.00 and $(tail -n 1 "$work/verify-outage.out")"

echo
echo "== summary"
cat "$work/summary"
exit "$failed"
