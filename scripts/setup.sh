#!/usr/bin/env bash
# Everything a fresh machine needs: Node 24, the npm packages exactly as the lockfile lists them, and Chromium for
# browser tests. Changes no tracked file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi
# `npm ci` installs exactly what package-lock.json lists (every platform's optional binaries included) and fails
# loudly when the lockfile and package.json disagree. npm writes node_modules/.package-lock.json last, so one newer
# than the lockfile means the install is current and a rerun costs nothing.
manifests() { cat package.json package-lock.json | cksum; }
before=$(manifests)
[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error
[ "$(manifests)" = "$before" ] || { echo "set-up changed package.json or package-lock.json; it must change no tracked file" >&2; exit 1; }
