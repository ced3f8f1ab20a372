#!/usr/bin/env bash
# The scale test (docs/performance.md): for each provider, seeds COUNT saved cases into a throwaway
# database (a temp SQLite file; a throwaway PostgreSQL cluster from scripts/pg-cluster.sh), then
# prints the bytes per saved case (table + indexes), the impact preview's time and memory growth for a
# rule change and for a contribution-standard change, and the staff search p50/p95 per form and the
# case page p95 (scripts/scale-search.py against the app started on loopback). Not part of the test
# suite: a million cases take a while. Installs what it needs, like scripts/test.sh.
#
#   scripts/scale-test.sh                       # 1,000,000 cases, SQLite then PostgreSQL
#   COUNT=100000 PROVIDERS=sqlite scripts/scale-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

COUNT=${COUNT:-1000000}
PROVIDERS=${PROVIDERS:-"sqlite postgres"}
REPEAT=${REPEAT:-40}

. scripts/lib.sh
command -v sqlite3 >/dev/null || install_package sqlite3
command -v python3 >/dev/null || install_package python3
if [[ " $PROVIDERS " == *" postgres "* ]] && ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then install_package postgresql; fi

work=$(mktemp -d)
app_pid=
pg_dir=
cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
    if [ -n "$pg_dir" ]; then scripts/pg-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "== building Release (dotnet publish into $work/app)"
dotnet publish src/MedInsure.Web -c Release -o "$work/app" -v q -nologo >/dev/null

export ASPNETCORE_ENVIRONMENT=Scale
export Policies__Directory="$repo/policies"
export Serilog__MinimumLevel__Default=Warning
export Serilog__WriteTo__1__Args__path="$work/logs/medinsure-.log"
export Security__IdNumberHashKey=scale-test-hash-key-of-32-chars
export MEDINSURE_ADMIN_PASSWORD="scale test password 1"
# The staff client posts some hundred ID-number searches in a few minutes; a clerk may make 30 an hour.
export RateLimits__IdSearches__PerHour=100000 RateLimits__SignIn__PerMinute=1000
app() { (cd "$work/app" && dotnet MedInsure.Web.dll "$@"); }

for provider in $PROVIDERS; do
    echo
    echo "######## $provider: $COUNT cases"
    case $provider in
    sqlite)
        export Database__Provider=Sqlite ConnectionStrings__MedInsure="Data Source=$work/scale.db"
        sql() { sqlite3 "$work/scale.db" "$1"; }
        ;;
    postgres)
        out=$(scripts/pg-cluster.sh start)
        pg_dir=$(sed -n 1p <<<"$out")
        port=$(cat "$pg_dir/port")
        export Database__Provider=Postgres ConnectionStrings__MedInsure="Host=127.0.0.1;Port=$port;Username=postgres;Database=medinsure_scale"
        sql() { psql -h 127.0.0.1 -p "$port" -U postgres -d medinsure_scale -At -c "$1"; }
        ;;
    *) echo "unknown provider $provider" >&2; exit 2 ;;
    esac

    echo "== seed-cases --count $COUNT"
    # Wall and CPU seconds: on a shared machine the second tells what the seeding itself cost.
    TIMEFORMAT='%R %U %S'
    { time app seed-cases --count "$COUNT" --seed 1 >"$work/seed.out" 2>&1; } 2>"$work/seed.time" || { cat "$work/seed.out" >&2; exit 1; }
    grep -v '^\[' "$work/seed.out" | tail -n 3
    seed_seconds=$(awk '{ printf "%.0f s wall, %.0f s CPU", $1, $2 + $3 }' "$work/seed.time")
    app create-admin --user scale-admin >/dev/null

    cases=$(sql 'SELECT COUNT(*) FROM "SavedCases"')
    if [ "$provider" = sqlite ]; then
        sql 'PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;' >/dev/null
        bytes=$(sql "SELECT SUM(pgsize) FROM dbstat WHERE name = 'SavedCases' OR name IN (SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'SavedCases')")
    else
        sql 'VACUUM ANALYZE "SavedCases"' >/dev/null
        bytes=$(sql "SELECT pg_total_relation_size('\"SavedCases\"')")
    fi
    per_case=$(awk -v b="$bytes" -v n="$cases" 'BEGIN { printf "%.0f", b / n }')

    echo "== query plans (scripts/scale-plans.sql)"
    plans=$(grep -v '^--' scripts/scale-plans.sql | while IFS= read -r query; do
        [ -n "$query" ] || continue
        echo "-- $query"
        if [ "$provider" = sqlite ]; then sql "EXPLAIN QUERY PLAN $query" | sed 1d; else sql "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $query"; fi
    done)

    echo "== impact preview: a rule row (Weinan, waiting months, an individual over the window: every resumption it covers)"
    rule=$(app impact-preview --city weinan --key waiting_months.individual.over_window --value 5 | tee -a /dev/stderr | grep '^impact:')
    echo "== impact preview: a contribution standard (Weinan, individual rate: only gaps inside its dates)"
    standard=$(app impact-preview --city weinan --key contribution.individual.rate --value 0.09 | tee -a /dev/stderr | grep '^impact:')

    echo "== staff search and case page"
    port_app=$(free_port)
    base="http://127.0.0.1:$port_app"
    (cd "$work/app" && exec dotnet MedInsure.Web.dll --urls "$base") >"$work/app-$provider.out" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
        [ "$(http_status "$port_app" /healthz)" = 200 ] && break
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/app-$provider.out" >&2; exit 1; }
        sleep 0.5
    done
    sql 'SELECT "Code" FROM "SavedCases" ORDER BY "Id" DESC LIMIT 200' >"$work/codes.txt"
    search=$(python3 scripts/scale-search.py "$base" scale-admin "$MEDINSURE_ADMIN_PASSWORD" "$work/codes.txt" "$REPEAT")
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=

    echo
    echo "==== $provider, $cases saved cases, $(nproc) cores, $(uname -sr)"
    echo "seeding:             $seed_seconds"
    echo "bytes per saved case: $per_case (SavedCases table + indexes: $bytes bytes)"
    echo "impact, rule row:     $rule"
    echo "impact, standard:     $standard"
    echo "$search"
    echo "query plans:"
    echo "$plans"

    if [ "$provider" = postgres ]; then scripts/pg-cluster.sh stop "$pg_dir" >/dev/null; pg_dir=; fi
done
