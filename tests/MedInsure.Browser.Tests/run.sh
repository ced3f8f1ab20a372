#!/usr/bin/env bash
# Runs the browser tests, installing Debian's Chromium first where it is missing (Playwright's own
# browser download does not work on the project's machines), with a Chinese font so the screenshots
# show characters instead of empty boxes.
set -euo pipefail
if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/wqy ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei
fi
cd "$(dirname "$0")/../.."
dotnet test tests/MedInsure.Browser.Tests "$@"
