#!/usr/bin/env bash
# Writes docs/screenshots/ (the result page at 375 px, normal and large text) from the browser test that shoots them.
set -euo pipefail
cd "$(dirname "$0")/.."
MEDINSURE_SCREENSHOTS=1 dotnet test tests/MedInsure.Browser.Tests --filter "FullyQualifiedName~The_result_page_at_375_px_is_shot_for_the_docs"
ls -l docs/screenshots/
