#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need when it is absent
# (Debian's chromium for the browser tests, postgresql for the PostgreSQL runs, dotnet-ef from the
# local tool manifest), starts a throwaway PostgreSQL cluster on loopback, runs every test project
# on SQLite and PostgreSQL and the scale script at a small size, then prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh
[ -x /usr/bin/chromium ] || install_package chromium
# A Chinese font, or the browser tests' screenshots of the Chinese pages show empty boxes.
[ -d /usr/share/fonts/truetype/wqy ] || install_package fonts-wqy-microhei
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || install_package postgresql
# The browser tests' outside checks (WebChecksTests): the Nu Html Checker (Java) and Spectral (Node),
# npm packages pinned in scripts/web-checks/package-lock.json and installed there, not globally.
command -v java >/dev/null || install_package openjdk-17-jre-headless
command -v npm >/dev/null || install_package npm
scripts/web-checks.sh install

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# dotnet-ef (.config/dotnet-tools.json): scripts/add-migration.sh and `dotnet ef migrations has-pending-model-changes`.
dotnet tool restore >/dev/null
log=$(mktemp)
pg=$(scripts/pg-cluster.sh start)
pg_dir=$(head -n 1 <<<"$pg")
export MEDINSURE_TEST_POSTGRES=$(tail -n 1 <<<"$pg")
trap 'scripts/pg-cluster.sh stop "$pg_dir"; rm -f "$log"' EXIT

status=0
dotnet test MedInsure.sln -c Release 2>&1 | tee "$log" || status=$?

# The scale script (docs/performance.md) at 2,000 cases, about a minute: it runs here too, on the
# machine the suite runs on, installing what it needs, and prints every figure for both providers.
scale_note="scale script: not run (the tests failed)"
if [ "$status" -eq 0 ]; then
    scale_log=$(mktemp)
    if COUNT=2000 REPEAT=3 scripts/scale-test.sh >"$scale_log" 2>&1 &&
        [ "$(grep -c -E '^(seeding|bytes per saved case|impact, rule row|impact, standard):|^search_worst_p95_ms=' "$scale_log")" -eq 10 ]; then
        scale_note="scale script: every figure printed for SQLite and PostgreSQL (COUNT=2000)"
    else
        tail -n 40 "$scale_log"
        scale_note="scale script: FAILED (COUNT=2000 scripts/scale-test.sh; its last lines are above)"
        status=1
    fi
    rm -f "$scale_log"
fi

# dotnet test prints one "Passed!/Failed! - Failed: N, Passed: N, Skipped: N" line per test project.
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed:' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
    awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
echo
echo "$scale_note"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
    echo "no test ran" >&2
    exit 1
fi
exit "$status"
