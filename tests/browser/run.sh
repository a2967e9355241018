#!/usr/bin/env bash
# CTest wrapper for the browser test (browser-test.mjs): installs playwright-core
# and axe-core as pinned in package-lock.json (npm ci; no browser download) into
# tests/browser/node_modules when they are missing or stale, then drives Debian's
# Chromium. Exits 77 (CTest: skipped) when chromium, node or npm is missing.
# usage: tests/browser/run.sh BIN_DIR [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=$(cd "${1:?usage: run.sh BIN_DIR [OUT_DIR]}" && pwd)
out=${2:-$PWD/browser-test}
chromium=${RADAR_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z "$chromium" ]] || ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "browser test skipped: needs chromium, node and npm (RADAR_BOOTSTRAP_EXTRA=browser scripts/bootstrap)"
  exit 77
fi

installed() {  # the version of node_modules/$1, or nothing
  node -e "try{console.log(require('$here/node_modules/$1/package.json').version)}catch(e){}"
}
pinned() {  # the version package.json pins for $1
  node -e "console.log(require('$here/package.json').devDependencies['$1'])"
}
if [[ "$(installed playwright-core)" != "$(pinned playwright-core)" || "$(installed axe-core)" != "$(pinned axe-core)" ]]; then
  (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
mkdir -p "$out"
exec node "$here/browser-test.mjs" --bin "$bin" --source "$root" --out "$out" --chromium "$chromium"
