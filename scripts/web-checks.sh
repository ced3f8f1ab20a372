#!/usr/bin/env bash
# Outside checks of the web app's output, run by the browser tests (WebChecksTests) and by hand:
#   scripts/web-checks.sh install          npm ci into scripts/web-checks (vnu-jar, spectral), once
#   scripts/web-checks.sh spectral FILE    lint an OpenAPI document with the spectral:oas ruleset
#   scripts/web-checks.sh vnu FILE...      the Nu Html Checker on HTML files, errors only
set -euo pipefail
here="$(cd "$(dirname "$0")/web-checks" && pwd)"

install() {
    if [ ! -x "$here/node_modules/.bin/spectral" ] || [ ! -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
        (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
}

case "${1:-}" in
    install) install ;;
    spectral) shift; install; "$here/node_modules/.bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity=hint "$@" ;;
    vnu) shift; install; java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --stdout "$@" ;;
    *) echo "usage: $0 install | spectral FILE | vnu FILE..." >&2; exit 2 ;;
esac
